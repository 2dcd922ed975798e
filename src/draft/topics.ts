/**
 * Which of the dashboard's datasets a figure belongs to, from the words of
 * its sentence and paragraph. A guess for the reviewer to confirm: the draft
 * flags every figure "dataset-guessed".
 */
import type { DatasetId } from '../data/schema';

const WORDS: Record<DatasetId, RegExp> = {
  rankings: /PCI|PAR INDEX|SIPAS|xếp hạng|đứng thứ|xếp thứ|chỉ số/giu,
  project06: /Đề án 06|căn cước|định danh|CCCD|VNeID|hộ tịch|dữ liệu (?:quốc gia )?về dân cư/giu,
  digital: /dịch vụ công|trực tuyến|điện tử|chuyển đổi số|IOC|một cửa|số hóa|công nghệ thông tin/giu,
  rural: /nông thôn mới|nông nghiệp|nông thôn/giu,
  industry: /công nghiệp|khai khoáng|chế biến|chế tạo|sản phẩm|điện, khí đốt|xi măng/giu,
  trade: /xuất khẩu|nhập khẩu|bán lẻ|thương mại|tiêu dùng|du lịch/giu,
  investment: /đầu tư|ngân sách|doanh nghiệp|hợp tác xã|FDI|dự án|vốn|thu ngân sách/giu,
  social: /nghèo|việc làm|lao động|bảo hiểm|an sinh|người có công|quà|liệt sĩ|bảo trợ|gia đình chính sách/giu,
};

const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/**
 * Weighs the words of the figure's own quote over its sentence; with no word
 * there, a figure stays with the one before it in its paragraph (`previous`),
 * else the paragraph's words decide, else `previous`.
 */
export function guessDataset(
  quote: string,
  sentence: string,
  paragraph: string,
  previous: DatasetId | undefined,
  fallback: DatasetId,
): DatasetId {
  const best = (score: (re: RegExp) => number) => {
    let id: DatasetId | undefined;
    let top = 0;
    for (const key of Object.keys(WORDS) as DatasetId[]) {
      const n = score(WORDS[key]);
      if (n > top) [id, top] = [key, n];
    }
    return id;
  };
  return (
    best((re) => 2 * count(re, quote) + count(re, sentence)) ??
    previous ??
    best((re) => count(re, paragraph)) ??
    fallback
  );
}

/** The dashboard's names for its datasets, as the shipped files give them. */
export const DATASET_TITLES: Record<DatasetId, { vi: string; en: string }> = {
  rural: { vi: 'Xây dựng nông thôn mới', en: 'New rural development' },
  industry: { vi: 'Công nghiệp', en: 'Industry' },
  trade: { vi: 'Thương mại, dịch vụ', en: 'Trade and services' },
  investment: { vi: 'Đầu tư, ngân sách, doanh nghiệp', en: 'Investment, budget and enterprises' },
  social: { vi: 'An sinh xã hội, lao động', en: 'Social welfare and labour' },
  digital: { vi: 'Cải cách hành chính, chính quyền số', en: 'Administrative reform and digital government' },
  rankings: { vi: 'Xếp hạng PCI, PAR INDEX, SIPAS', en: 'PCI, PAR INDEX and SIPAS rankings' },
  project06: { vi: 'Đề án 06', en: 'Project 06' },
};

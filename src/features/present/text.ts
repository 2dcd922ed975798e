/**
 * Texts of the slide deck, apart from the shared messages: only the deck (loaded on demand with
 * `?present`) needs them, so the dashboard and every embed, which load the shared messages, do not
 * carry them. The one text the dashboard needs, its "Present" link, stays in i18n/messages.ts.
 */
import type { Locale } from '../../data/schema';
import { textTable } from '../../i18n/messages';

const vi = {
  presentDeck: 'Trình chiếu kết quả năm {reportYear}',
  presentSlide: 'trang chiếu',
  presentSlideOf: 'Trang {n} trên {count}',
  presentPrev: 'Trang trước',
  presentNext: 'Trang sau',
  presentProvince: 'Tỉnh Bình Phước',
  presentPeriod: 'Năm {reportYear}, so với năm {reportBaseYear} và kế hoạch năm',
  presentReport: 'Báo cáo',
  presentSource: 'Nguồn: {publisher}, {date}',
  presentKeys:
    '→ hoặc Page Down: trang sau · ← hoặc Page Up: trang trước · số + Enter: đến trang · F: toàn màn hình · B: màn hình đen · Esc: thoát',
  presentSourcesOne: 'Mọi số liệu trong bài trình chiếu đều lấy từ một văn bản nguồn',
  presentSourcesMany: 'Số liệu trong bài trình chiếu lấy từ {n} văn bản nguồn',
  presentDocument: 'Văn bản nguồn',
  presentDataFiles: 'Tệp số liệu (public/data)',
  presentDerivedNote: '≈ giá trị suy ra từ số liệu của nguồn; công thức ghi ở chân trang chiếu đó',
  presentDashboard: 'Bảng số liệu đầy đủ, kèm câu trích nguồn của từng số: mở trang tổng quan (Esc)',
  presentNextIn: 'Trang sau: {s} giây',
  presentPaused: 'Đã dừng tự chuyển · P: tiếp tục',
  presentPause: 'Dừng tự chuyển trang (P)',
  presentResume: 'Tiếp tục tự chuyển trang (P)',
  presentGoto: 'Đến trang {n} (Enter)',
  presentBlank: 'Màn hình đen. Nhấn phím bất kỳ để quay lại.',
  presentLoadingSlide: 'Đang tải trang chiếu…',
  presentDerivedLabel: '≈ Giá trị suy ra (cột viền đứt nét)',
} as const;

export type DeckTextKey = keyof typeof vi;

const en: Record<DeckTextKey, string> = {
  presentDeck: 'Presentation of the {reportYear} results',
  presentSlide: 'slide',
  presentSlideOf: 'Slide {n} of {count}',
  presentPrev: 'Previous slide',
  presentNext: 'Next slide',
  presentProvince: 'Binh Phuoc province',
  presentPeriod: '{reportYear}, against {reportBaseYear} and the annual plan',
  presentReport: 'Report',
  presentSource: 'Source: {publisher}, {date}',
  presentKeys:
    '→ or Page Down: next · ← or Page Up: previous · number + Enter: go to slide · F: full screen · B: black screen · Esc: leave',
  presentSourcesOne: 'Every figure in this presentation comes from one source document',
  presentSourcesMany: 'The figures in this presentation come from {n} source documents',
  presentDocument: 'Source document',
  presentDataFiles: 'Data files (public/data)',
  presentDerivedNote: '≈ derived from the source’s figures; the formula is at the foot of its slide',
  presentDashboard: 'Every figure with its source sentence: open the dashboard (Esc)',
  presentNextIn: 'Next slide in {s} s',
  presentPaused: 'Auto-advance paused · P: resume',
  presentPause: 'Pause auto-advance (P)',
  presentResume: 'Resume auto-advance (P)',
  presentGoto: 'Go to slide {n} (Enter)',
  presentBlank: 'Black screen. Press any key to return.',
  presentLoadingSlide: 'Loading the slide…',
  presentDerivedLabel: '≈ Derived values (dashed outline)',
};

export const DECK_TEXT: Record<Locale, Record<DeckTextKey, string>> = { vi, en };

export const dt = textTable(DECK_TEXT);

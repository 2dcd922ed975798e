import { currentEdition } from '../data/report.ts';
import type { Edition } from '../data/editions.ts';
import type { Locale } from '../data/schema';
import { formatIsoDate } from './format.ts';

const vi = {
  appTitle: '{place} {reportYear}: kết quả kinh tế – xã hội',
  appDescription:
    'Kết quả kinh tế – xã hội năm {reportYear} của tỉnh {place} so với năm {reportBaseYear} và kế hoạch: công nghiệp, thương mại, đầu tư, PCI, PAR INDEX, SIPAS, Đề án 06.',
  appSubtitle:
    'So sánh với năm {reportBaseYear} và với kế hoạch, theo báo cáo của {publisherShort} ({published})',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  sectionsNav: 'Các mục của báo cáo',
  language: 'Ngôn ngữ',
  theme: 'Giao diện',
  themeSystem: 'Theo hệ thống',
  themeLight: 'Sáng',
  themeDark: 'Tối',
  estimate: 'ước tính',
  estimateLong: 'Số ước thực hiện, chưa phải số liệu chính thức',
  derived: 'suy ra',
  derivedLong: 'Giá trị suy ra từ số liệu của nguồn, không có trong nguồn',
  moreThan: 'hơn',
  sourceLine: 'Nguồn: {publisher}, {published}',
  showQuote: 'Câu trích từ nguồn',
  showFormula: 'Công thức',
  showTable: 'Xem bảng số liệu',
  showChart: 'Xem biểu đồ',
  loading: 'Đang tải số liệu…',
  loadError: 'Không tải được số liệu của mục này.',
  retry: 'Thử lại',
  anomaly: 'Lưu ý về số liệu nguồn',
  figuresHeading: 'Tất cả số liệu của mục',
  tableLabel: 'Chỉ tiêu',
  tablePeriod: 'Kỳ',
  tableValue: 'Giá trị',
  tableUnit: 'Đơn vị',
  tableNote: 'Ghi chú',
  rankOf: 'hạng {rank}/{of}',
  legendKey: 'Ký hiệu: * số ước tính; ≈ và cột viền đứt nét: giá trị suy ra',
  openDashboard: 'Xem toàn bộ bảng số liệu',
  newTab: '(mở trong thẻ mới)',
  embedNotFound: 'Không có biểu đồ “{id}” để nhúng.',
  embedNotBuilt: 'Trang nhúng của biểu đồ “{id}” không có sẵn ở đây. Biểu đồ có trên trang tổng hợp:',
  keyFigures: 'Các chỉ tiêu chính năm {reportYear}',
  share: 'Chia sẻ, nhúng',
  copyLink: 'Sao chép liên kết',
  copied: 'Đã sao chép',
  embedResponsive: 'Mã nhúng tự co giãn (khuyên dùng)',
  embedFixed: 'Mã nhúng chiều cao cố định',
  copyCode: 'Sao chép mã',
  appError: 'Trang gặp lỗi và không hiển thị được.',
  backToOverview: 'Về trang tổng quan',
  // presentation
  present: 'Trình chiếu',
  // export
  exportMenu: 'Tải xuống',
  exportPng: 'Ảnh PNG',
  exportSvg: 'Ảnh SVG',
  exportCsv: 'Số liệu CSV',
  exportWorking: 'Đang tạo tệp…',
  exportDone: 'Đã tạo tệp (xem mục tải xuống của trình duyệt)',
  exportFailed: 'Không tạo được tệp. Xin thử lại.',
  copyFailed: 'Không sao chép được. Hãy sao chép địa chỉ trên thanh địa chỉ.',
  downloadAll: 'Tải toàn bộ số liệu',
  downloadAllCsv: 'CSV (Excel)',
  downloadAllJson: 'JSON',
  print: 'In báo cáo',
  printView: 'Xem bản in',
  printPreparing: 'Đang chuẩn bị bản in… {done}/{total} biểu đồ',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appTitle: '{place} {reportYear}: socio-economic results',
  appDescription:
    'Socio-economic results of {place} province in {reportYear} against {reportBaseYear} and the plan: industry, trade, investment, PCI, PAR INDEX, SIPAS, Project 06.',
  appSubtitle:
    'Compared with {reportBaseYear} and with the plan, from the report of {publisherShort} ({published})',
  skipToContent: 'Skip to main content',
  sectionsNav: 'Sections of the report',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  estimate: 'estimate',
  estimateLong: 'Estimated outturn, not a final statistic',
  derived: 'derived',
  derivedLong: 'Derived from the source’s figures; not printed in the source',
  moreThan: 'more than',
  sourceLine: 'Source: {publisher}, {published}',
  showQuote: 'Source sentence',
  showFormula: 'Formula',
  showTable: 'Show data table',
  showChart: 'Show chart',
  loading: 'Loading figures…',
  loadError: 'The figures for this section could not be loaded.',
  retry: 'Retry',
  anomaly: 'Note on the source’s figures',
  figuresHeading: 'Every figure in this section',
  tableLabel: 'Indicator',
  tablePeriod: 'Period',
  tableValue: 'Value',
  tableUnit: 'Unit',
  tableNote: 'Note',
  rankOf: 'rank {rank} of {of}',
  legendKey: 'Key: * estimate; ≈ and dashed outline: derived value',
  openDashboard: 'Open the full dashboard',
  newTab: '(opens in a new tab)',
  embedNotFound: 'There is no chart “{id}” to embed.',
  embedNotBuilt: 'The embed page of “{id}” is not available here. The chart is in the dashboard:',
  keyFigures: 'Key figures of {reportYear}',
  share: 'Share, embed',
  copyLink: 'Copy link',
  copied: 'Copied',
  embedResponsive: 'Responsive embed code (recommended)',
  embedFixed: 'Fixed-height embed code',
  copyCode: 'Copy code',
  appError: 'The page ran into an error and cannot be shown.',
  backToOverview: 'Back to the overview',
  // presentation
  present: 'Present',
  // export
  exportMenu: 'Download',
  exportPng: 'PNG image',
  exportSvg: 'SVG image',
  exportCsv: 'CSV data',
  exportWorking: 'Making the file…',
  exportDone: 'File made (see the browser’s downloads)',
  exportFailed: 'The file could not be made. Please try again.',
  copyFailed: 'Could not copy. Copy the address from the address bar instead.',
  downloadAll: 'Download all data',
  downloadAllCsv: 'CSV (Excel)',
  downloadAllJson: 'JSON',
  print: 'Print the report',
  printView: 'Print view',
  printPreparing: 'Preparing the printout… {done}/{total} charts',
};

/**
 * What every text may say of the edition on screen, so no text names a year or a date:
 * {place}, {reportYear}, {reportBaseYear}, {publisher}, {publisherShort}, {published}.
 * Filled in when a text is asked for: the page chooses its edition after this module has loaded.
 */
export function reportVars(locale: Locale, edition = currentEdition()): Record<string, string | number> {
  if (!edition) return {};
  return {
    place: edition.territory.name[locale],
    reportYear: edition.year,
    reportBaseYear: edition.baseYear,
    publisher: edition.publisher[locale],
    publisherShort: edition.publisherShort[locale],
    published: formatIsoDate(edition.published, locale),
  };
}

let cached: { edition: Edition | undefined; vars: Partial<Record<Locale, Record<string, string | number>>> } =
  {
    edition: undefined,
    vars: {},
  };

/** A text with the edition's facts filled in (computed once per edition and language). */
export function withReport(text: string, locale: Locale): string {
  if (!text.includes('{')) return text;
  const edition = currentEdition();
  if (cached.edition !== edition) cached = { edition, vars: {} };
  return interpolate(text, (cached.vars[locale] ??= reportVars(locale, edition)));
}

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Fills `{name}` placeholders; shared by every text table (dashboard, deck, export). */
export function interpolate(text: string, vars?: Record<string, string | number>): string {
  let s = text;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export function t(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return interpolate(withReport(MESSAGES[locale][key], locale), vars);
}

/**
 * The lookup of a page's or feature's own texts (loaded only with it), filled in as the shared ones
 * are: the report's facts ({place}, {reportYear}, …), then the caller's variables.
 */
export function textTable<K extends string>(texts: Record<Locale, Record<K, string>>) {
  return (locale: Locale, key: K, vars?: Record<string, string | number>): string =>
    interpolate(withReport(texts[locale][key], locale), vars);
}

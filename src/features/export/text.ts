/**
 * Texts of the CSV files and the printed report, apart from the shared messages: they are needed only
 * by code loaded on demand (./csv, ./print/PrintReport), so every page and every embed, which load the
 * shared messages, do not carry them.
 */
import type { Locale } from '../../data/schema';
import { textTable } from '../../i18n/messages';

const vi = {
  csvOutOf: 'Trên tổng số',
  csvShown: 'Giá trị như hiển thị',
  csvEstimate: 'Ước tính',
  csvType: 'Loại',
  csvTypeFigure: 'số liệu của nguồn',
  csvTypeDerived: 'giá trị suy ra',
  csvFormula: 'Công thức suy ra',
  csvQuote: 'Câu trích nguồn',
  csvComparisons: 'So sánh',
  csvId: 'Mã số liệu',
  csvDataset: 'Nhóm số liệu',
  csvYes: 'có',
  csvNo: 'không',
  csvLowerBound: 'Giá trị là mức tối thiểu (nguồn ghi “hơn”, “trên”).',
  printBack: 'Quay lại bảng số liệu',
  printContents: 'Nội dung',
  printHint:
    'Bản in gồm mọi mục của báo cáo. Nhấn Ctrl+P (⌘P trên máy Mac) hoặc nút “In báo cáo” để in hay lưu thành PDF, khổ A4 dọc hoặc ngang.',
  printChartNumbers: 'Số liệu của biểu đồ',
} as const;

export type ExportTextKey = keyof typeof vi;

const en: Record<ExportTextKey, string> = {
  csvOutOf: 'Out of',
  csvShown: 'Value as shown',
  csvEstimate: 'Estimate',
  csvType: 'Type',
  csvTypeFigure: 'figure of the source',
  csvTypeDerived: 'derived value',
  csvFormula: 'Derivation formula',
  csvQuote: 'Source sentence',
  csvComparisons: 'Comparisons',
  csvId: 'Figure id',
  csvDataset: 'Dataset',
  csvYes: 'yes',
  csvNo: 'no',
  csvLowerBound: 'The value is a lower bound (the source says “more than”).',
  printBack: 'Back to the dashboard',
  printContents: 'Contents',
  printHint:
    'The printout holds every section of the report. Press Ctrl+P (⌘P on a Mac) or “Print the report” to print or save as PDF, A4 portrait or landscape.',
  printChartNumbers: 'Numbers of the chart',
};

export const EXPORT_TEXT: Record<Locale, Record<ExportTextKey, string>> = { vi, en };

export const xt = textTable(EXPORT_TEXT);

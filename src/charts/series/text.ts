/** Texts of editions and of indicators followed across them, for the dashboard, the deck and the embed. */
import { textTable } from '../../i18n/messages';

const vi = {
  acrossReports: 'Qua các kỳ báo cáo',
  revised: 'số cũ, đã được báo cáo sau sửa:',
  implied: 'báo cáo sau suy ra:',
  derivedWithin: 'suy ra trong chính báo cáo này',
  editions: 'Kỳ báo cáo',
  provenance: 'Nguồn của từng số',
  testData: 'DỮ LIỆU THỬ NGHIỆM: kỳ báo cáo này là số liệu bịa ra để kiểm thử, không phải số liệu thật.',
  missingEdition: 'Không có kỳ báo cáo “{id}”; đang hiển thị kỳ mới nhất.',
  seriesFailed: 'Không tải được số liệu các kỳ báo cáo trước.',
} as const;

export type SeriesTextKey = keyof typeof vi;

const en: Record<SeriesTextKey, string> = {
  acrossReports: 'Across the reports',
  revised: 'earlier value, revised by a later report:',
  implied: 'a later report implies:',
  derivedWithin: 'derived within this report',
  editions: 'Report',
  provenance: 'Where each value comes from',
  testData: 'TEST DATA: this edition holds made-up figures for testing, not real figures.',
  missingEdition: 'There is no report “{id}”; showing the latest.',
  seriesFailed: 'The earlier reports’ figures could not be loaded.',
};

export const st = textTable<SeriesTextKey>({ vi, en });

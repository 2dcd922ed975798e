import { SECTION_IDS, type SectionId } from './ids';
import type { Bilingual, DatasetId } from './schema';

export { SECTION_IDS, type SectionId };

export interface SectionInfo {
  id: SectionId;
  title: Bilingual;
  /** The dataset whose figures this section lists in full (none for the overview). */
  dataset?: DatasetId;
}

export const SECTIONS: readonly SectionInfo[] = [
  { id: 'overview', title: { vi: 'Tổng quan', en: 'Overview' } },
  { id: 'industry', title: { vi: 'Công nghiệp', en: 'Industry' }, dataset: 'industry' },
  { id: 'trade', title: { vi: 'Thương mại', en: 'Trade' }, dataset: 'trade' },
  { id: 'investment', title: { vi: 'Đầu tư, ngân sách', en: 'Investment, budget' }, dataset: 'investment' },
  { id: 'rankings', title: { vi: 'Xếp hạng', en: 'Rankings' }, dataset: 'rankings' },
  { id: 'project06', title: { vi: 'Đề án 06', en: 'Project 06' }, dataset: 'project06' },
  { id: 'rural', title: { vi: 'Nông thôn mới', en: 'Rural development' }, dataset: 'rural' },
  { id: 'social', title: { vi: 'An sinh, lao động', en: 'Welfare, labour' }, dataset: 'social' },
  { id: 'digital', title: { vi: 'Chính quyền số', en: 'Digital government' }, dataset: 'digital' },
];

export function isSectionId(s: string | null): s is SectionId {
  return s !== null && (SECTION_IDS as readonly string[]).includes(s);
}

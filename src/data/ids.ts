/** Names that small entry code needs without loading the schema (and zod). */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DATASET_IDS = [
  'rural',
  'industry',
  'trade',
  'investment',
  'social',
  'digital',
  'rankings',
  'project06',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** The dashboard's sections, in reading order; a chart declaration names one. */
export const SECTION_IDS = [
  'overview',
  'industry',
  'trade',
  'investment',
  'rankings',
  'project06',
  'rural',
  'social',
  'digital',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

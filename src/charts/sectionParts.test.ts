import { describe, expect, it } from 'vitest';
import { PALETTES } from './palettes';
import { SECTION_IDS } from '../data/sections';
import { DATASET_IDS } from '../data/schema';
import { loadRaw } from '../../tests/unit/fixtures';
import type { Datasets } from './model';
import { CHARTS, CHARTS_FILE } from '../../tests/shipped';
import { partsFor } from './echarts/loader';
import * as kinds from './kinds';
import { sectionParts } from './registry';

const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));

describe('sectionParts', () => {
  it.each(SECTION_IDS.map((s) => [s] as const))('%s lists exactly the parts its charts use', (section) => {
    const used = new Set(
      CHARTS.filter((c) => c.section === section).flatMap((c) =>
        (['vi', 'en'] as const).flatMap((locale) =>
          partsFor(c.build(data, { locale, palette: PALETTES.light }).option),
        ),
      ),
    );
    expect(sectionParts(CHARTS_FILE, kinds, section).sort()).toEqual([...used].sort());
  });
});

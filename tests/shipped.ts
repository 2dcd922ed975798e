/** The shipped report for tests: its datasets, its structure (charts.json) and every chart it declares. */
import * as kinds from '../src/charts/kinds';
import { chartDefsOf, chartIdsOf } from '../src/charts/registry';
import { SECTION_IDS, type SectionId } from '../src/data/ids';
import { readChartsFile, readDatasets } from '../scripts/data-files';

export const SHIPPED_DATA = readDatasets();
export const CHARTS_FILE = readChartsFile();
export const CHARTS = chartDefsOf(CHARTS_FILE, kinds);
export const CHART_IDS = Object.fromEntries(
  SECTION_IDS.map((s) => [s, chartIdsOf(CHARTS_FILE, s)]),
) as Record<SectionId, string[]>;

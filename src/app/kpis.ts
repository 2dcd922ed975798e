/** The headline figures of the overview, in reading order. */
import type { DatasetId } from '../data/schema';

export const OVERVIEW_KPIS: ReadonlyArray<readonly [DatasetId, string]> = [
  ['trade', 'retail-sales-2023'],
  ['trade', 'exports-2023'],
  ['investment', 'social-investment-capital'],
  ['investment', 'state-budget-revenue'],
  ['investment', 'fdi-added-capital'],
  ['investment', 'enterprises-new'],
  ['rural', 'ntm-communes-total'],
  ['rankings', 'pci-rank'],
];

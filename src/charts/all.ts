/**
 * Every chart definition, loaded at once: for tests, build scripts and the
 * presentation deck. The dashboard and embeds use the per-section loader in
 * ./registry.ts so a page downloads only its own section's charts.
 */
import { digitalCharts } from './defs/digital';
import { industryCharts } from './defs/industry';
import { investmentCharts } from './defs/investment';
import { overviewCharts } from './defs/overview';
import { project06Charts } from './defs/project06';
import { rankingCharts } from './defs/rankings';
import { ruralCharts } from './defs/rural';
import { socialCharts } from './defs/social';
import { tradeCharts } from './defs/trade';
import type { ChartDef } from './model';

export const CHARTS: readonly ChartDef[] = [
  ...overviewCharts,
  ...industryCharts,
  ...tradeCharts,
  ...investmentCharts,
  ...rankingCharts,
  ...project06Charts,
  ...ruralCharts,
  ...socialCharts,
  ...digitalCharts,
];

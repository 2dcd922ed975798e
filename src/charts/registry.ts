/** Every chart of the dashboard, in the dashboard's order. Ids are stable: embeds and slides use them. */
import type { SectionId } from '../app/sections';
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

export function chartsOf(section: SectionId): ChartDef[] {
  return CHARTS.filter((c) => c.section === section);
}

export function chartById(id: string): ChartDef | undefined {
  return CHARTS.find((c) => c.id === id);
}

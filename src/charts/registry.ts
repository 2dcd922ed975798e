/**
 * Chart definitions by section, loaded on demand. Ids are stable (embeds,
 * slides and links use them) and listed here without loading any definition;
 * a test checks this list against the definitions themselves.
 */
import { isSectionId, type SectionId } from '../app/sections';
import type { PartName } from './echarts/loader';
import type { ChartDef } from './model';

export const CHART_IDS: Readonly<Record<SectionId, readonly string[]>> = {
  overview: ['overview-growth', 'overview-plan'],
  industry: ['industry-sectors', 'industry-products'],
  trade: ['trade-retail', 'trade-exports'],
  investment: [
    'investment-capital',
    'investment-budget',
    'investment-fdi-projects',
    'investment-fdi-capital',
    'investment-enterprises',
    'investment-cooperatives',
  ],
  rankings: ['rankings-indices'],
  project06: ['project06-tasks', 'project06-indicators'],
  rural: ['rural-communes'],
  social: ['social-plan'],
  digital: ['digital-online-services', 'digital-coverage'],
};

/**
 * The ECharts parts each section's charts use beyond the core, so their download can start as soon as
 * the section is known rather than once each chart has its option. Only a head start: a chart still
 * loads whatever its own option needs. A test checks this table against the built options.
 */
export const SECTION_PARTS: Readonly<Record<SectionId, readonly PartName[]>> = {
  overview: ['bar', 'markLine'],
  industry: ['bar'],
  trade: ['bar', 'legend'],
  investment: ['bar'],
  rankings: ['line'],
  project06: ['bar', 'legend', 'markLine'],
  rural: ['bar', 'legend'],
  social: ['bar', 'markLine'],
  digital: ['bar', 'pie'],
};

const LOADERS: Record<SectionId, () => Promise<readonly ChartDef[]>> = {
  overview: () => import('./defs/overview').then((m) => m.overviewCharts),
  industry: () => import('./defs/industry').then((m) => m.industryCharts),
  trade: () => import('./defs/trade').then((m) => m.tradeCharts),
  investment: () => import('./defs/investment').then((m) => m.investmentCharts),
  rankings: () => import('./defs/rankings').then((m) => m.rankingCharts),
  project06: () => import('./defs/project06').then((m) => m.project06Charts),
  rural: () => import('./defs/rural').then((m) => m.ruralCharts),
  social: () => import('./defs/social').then((m) => m.socialCharts),
  digital: () => import('./defs/digital').then((m) => m.digitalCharts),
};

export function loadSectionCharts(section: SectionId): Promise<readonly ChartDef[]> {
  return LOADERS[section]();
}

/** Chart ids start with their section's id. */
export function sectionOfChart(id: string): SectionId | undefined {
  const section = id.split('-')[0] ?? null;
  return isSectionId(section) && CHART_IDS[section].includes(id) ? section : undefined;
}

export async function loadChart(id: string): Promise<ChartDef | undefined> {
  const section = sectionOfChart(id);
  if (!section) return undefined;
  return (await loadSectionCharts(section)).find((c) => c.id === id);
}

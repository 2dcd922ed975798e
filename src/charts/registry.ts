/**
 * Charts come from their declarations in charts.json; the code that draws them (the chart kinds) is
 * one chunk loaded on demand. Chart ids are stable: embeds, slides and links use them.
 */
import { splitRef, type ChartDecl, type ChartsFile } from '../data/chartsFile';
import type { DatasetId, SectionId } from '../data/ids';
import { SECTIONS } from '../data/sections';
import type { PartName } from './echarts/loader';
import type { ChartDef } from './model';

export type Kinds = typeof import('./kinds');

let kinds: Promise<Kinds> | undefined;

export function loadKinds(): Promise<Kinds> {
  kinds ??= import('./kinds').catch((e: unknown) => {
    // A failed download may be retried by the next caller.
    kinds = undefined;
    throw e;
  });
  return kinds;
}

/** The declarations of a section (or of every section), in the file's order. */
export function declsOf(file: ChartsFile, section?: SectionId): ChartDecl[] {
  return section ? file.charts.filter((c) => c.section === section) : file.charts;
}

export function chartDefsOf(file: ChartsFile, k: Kinds, section?: SectionId): ChartDef[] {
  return declsOf(file, section).map(k.chartDefOf);
}

/** Every chart id of a section, the bad declarations included, in file order. */
export function chartIdsOf(file: ChartsFile, section: SectionId): string[] {
  const inSection = new Set([
    ...file.charts.filter((c) => c.section === section).map((c) => c.id),
    ...file.bad.filter((b) => b.section === section).map((b) => b.id),
  ]);
  return [...new Set(file.order.filter((id) => inSection.has(id)))];
}

/** The ECharts parts a section's charts use, so their download can start before the options exist. */
export function sectionParts(file: ChartsFile, k: Kinds, section: SectionId): PartName[] {
  return [...new Set(declsOf(file, section).flatMap((d) => k.partsOfDecl(d)))];
}

/**
 * Every dataset a section shows: its key figures (overview), its own figures and its charts'. While
 * charts.json or the chart kinds are on their way (undefined), what is known so far: the section's own
 * figures can be fetched before either has arrived.
 */
export function sectionDatasets(
  file: ChartsFile | undefined,
  k: Kinds | undefined,
  section: SectionId,
): DatasetId[] {
  const own = SECTIONS.find((s) => s.id === section)?.dataset;
  return [
    ...new Set<DatasetId>([
      ...(section === 'overview' && file ? file.kpis.map((ref) => splitRef(ref).dataset) : []),
      ...(own ? [own] : []),
      ...(file && k ? chartDefsOf(file, k, section).flatMap((d) => d.datasets) : []),
    ]),
  ];
}

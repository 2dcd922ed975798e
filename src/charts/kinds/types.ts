/** One chart kind: which figures it accepts, how its title is found, how it is drawn. */
import type { ChartDecl } from '../../data/chartsFile';
import type { PartName } from '../echarts/loader';
import type { ChartContext, ChartModel, Datasets } from '../model';
import type { Found } from './shared';

export interface KindInput {
  decl: ChartDecl;
  figures: Found[];
  total?: Found;
  added?: Found[];
  data: Datasets;
}

export interface ChartKindSpec {
  /** The ECharts parts its option uses beyond the core, so a section can start loading them early. */
  parts: (decl: ChartDecl) => readonly PartName[];
  /** What is wrong with the declared figures for this kind (wrong kind of figure, units that cannot share an axis). */
  check: (input: KindInput) => string[];
  build: (input: KindInput, ctx: ChartContext) => ChartModel;
}

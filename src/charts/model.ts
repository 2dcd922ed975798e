/** What a chart definition produces: pure data, no React, no ECharts instance. */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { Derived } from '../data/derive';
import type { Dataset, DatasetId, Figure, Locale } from '../data/schema';
import type { SectionId } from '../data/sections';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
  | MarkLineComponentOption
>;

export interface Palette {
  text: string;
  muted: string;
  axis: string;
  background: string;
  /** Current year, base year, target: distinct in hue and lightness. */
  current: string;
  base: string;
  target: string;
  /** Categorical colours for parts of a whole. */
  parts: readonly string[];
  /** Size of chart text in px; the presentation deck passes larger type. */
  fontSize: number;
  /**
   * Multiplies the fixed pixel sizes of a layout (label widths, margins, bar widths, symbols) so they
   * grow with the type; 1 when absent.
   */
  scale?: number;
  /** Width of axis lines in px; outlines, reference and series lines grow in proportion. 1 when absent. */
  lineWidth?: number;
  /** `false` drops the split lines across the plot: thin grey lines vanish on a washed-out projector. */
  gridLines?: boolean;
}

export interface ChartContext {
  locale: Locale;
  palette: Palette;
}

/** A number on a chart is either a figure of the source or a value derived from figures. */
export type Point =
  | { type: 'figure'; figure: Figure; dataset: DatasetId }
  | { type: 'derived'; derived: Derived; label: string };

export interface ChartModel {
  id: string;
  /** States the finding, e.g. which product grew fastest. */
  title: string;
  /** Units and period. */
  subtitle: string;
  option: ChartOption;
  height: number;
  /** Every number the chart shows, in order: the table view and the notes come from these. */
  points: Point[];
}

export type Datasets = Partial<Record<DatasetId, Dataset>>;

export interface ChartDef {
  id: string;
  section: SectionId;
  datasets: readonly DatasetId[];
  build: (data: Datasets, ctx: ChartContext) => ChartModel;
}

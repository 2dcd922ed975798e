/**
 * What the export buttons do. Loaded on the first click (a dynamic import),
 * so none of this is on the page's critical path.
 */
import type { ChartModel, Datasets, Palette } from '../../charts/model';
import type { CheckResult } from '../../data/checks';
import type { Dataset, Locale } from '../../data/schema';
import { allDataJson, allFiguresCsv, chartCsv } from './csv';
import { downloadBlob, exportFileName, MIME } from './download';
import { exportLayout, PNG_SCALE } from './layout';
import { canvasMeasure, canvasToPng, composePng, renderChartCanvas } from './png';
import { composeSvg, renderChartSvg } from './svg';
import { exportTexts } from './texts';

export interface ChartExportInput {
  model: ChartModel;
  data: Datasets;
  locale: Locale;
  palette: Palette;
  warnings: readonly CheckResult[];
}

export type ChartExportKind = 'png' | 'svg' | 'csv';

function layoutFor(input: ChartExportInput) {
  return exportLayout(
    exportTexts(input.model, input.warnings, input.locale),
    input.model.height,
    canvasMeasure(),
  );
}

export async function chartPng(input: ChartExportInput): Promise<Blob> {
  const layout = layoutFor(input);
  const { width, height } = layout.chart;
  const chart = await renderChartCanvas(
    input.model.option,
    width,
    height,
    PNG_SCALE,
    input.palette.background,
  );
  return canvasToPng(composePng(layout, chart, input.palette));
}

export async function chartSvg(input: ChartExportInput): Promise<string> {
  const layout = layoutFor(input);
  const chart = await renderChartSvg(input.model.option, layout.chart.width, layout.chart.height);
  return composeSvg(layout, chart, input.palette, input.model.title);
}

export async function exportChart(kind: ChartExportKind, input: ChartExportInput): Promise<void> {
  const name = exportFileName(input.model.id, kind);
  if (kind === 'png') return downloadBlob(await chartPng(input), name);
  const text = kind === 'svg' ? await chartSvg(input) : chartCsv(input.model, input.data, input.locale);
  downloadBlob(new Blob([text], { type: MIME[kind] }), name);
}

export function downloadAllData(kind: 'csv' | 'json', datasets: readonly Dataset[], locale: Locale): void {
  const text = kind === 'csv' ? allFiguresCsv(datasets, locale) : allDataJson(datasets);
  downloadBlob(
    new Blob([text], { type: MIME[kind] }),
    exportFileName(locale === 'vi' ? 'so-lieu' : 'data', kind),
  );
}

export { chartLink, copyToClipboard } from './link';

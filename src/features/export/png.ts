/**
 * PNG export: a fresh off-screen ECharts instance draws the chart at twice
 * the resolution (the mounted chart is left alone: its size depends on the
 * screen, the export's must not), and a canvas adds the title, subtitle and
 * notes on a solid background.
 */
import { loadEChartsFor } from '../../charts/echarts/loader';
import { drawOnce } from '../../charts/echarts/mount';
import type { ChartOption, Palette } from '../../charts/model';
import { fontFor, PNG_SCALE, type ExportLayout, type Measure } from './layout';

/** Text widths as the canvas will draw them. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** The chart alone on a canvas of `width` × `height` CSS pixels at `scale` device pixels each. */
export async function renderChartCanvas(
  option: ChartOption,
  width: number,
  height: number,
  scale: number,
  background: string,
): Promise<HTMLCanvasElement> {
  const echarts = await loadEChartsFor(option);
  // A detached element: ECharts needs a container, not a place on the page.
  const host = document.createElement('div');
  return drawOnce(
    echarts,
    host,
    { renderer: 'canvas', width, height, devicePixelRatio: scale },
    option,
    (c) => c.renderToCanvas({ pixelRatio: scale, backgroundColor: background }),
  );
}

/** Title, chart and notes on one canvas of PNG_SCALE × the layout's size. */
export function composePng(
  layout: ExportLayout,
  chart: HTMLCanvasElement,
  palette: Palette,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * PNG_SCALE;
  canvas.height = layout.height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const l of layout.lines) {
    ctx.font = fontFor(l.role);
    ctx.fillStyle = l.role === 'title' ? palette.text : palette.muted;
    ctx.fillText(l.text, l.x, l.y);
  }
  const { x, y, width, height } = layout.chart;
  ctx.drawImage(chart, x, y, width, height);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

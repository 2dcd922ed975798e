/**
 * SVG export: the chart drawn by ECharts' SVG renderer (server-side mode, no
 * DOM needed), framed by the same title, subtitle and notes as the PNG.
 *
 * Every text that reaches the file is escaped for XML here; ECharts escapes
 * the text it draws. Characters XML forbids (most C0 controls) are dropped so
 * a hostile label cannot make the file unreadable. The result has no script,
 * no event attribute and no external reference.
 */
import { loadParts, partsFor } from '../../charts/echarts/loader';
import { drawOnce } from '../../charts/echarts/mount';
import type { ChartOption, Palette } from '../../charts/model';
import { CHART_FONT } from '../../charts/options/base';
import { TEXT_STYLE, type ExportLayout, type TextRole } from './layout';

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, '');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** For text content and attribute values alike. */
export function escapeXml(s: string): string {
  return stripXmlForbidden(s).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function colorFor(role: TextRole, palette: Palette): string {
  return role === 'note' || role === 'subtitle' ? palette.muted : palette.text;
}

/**
 * The export around an ECharts SVG: `chartSvg` is a complete <svg> element,
 * nested at the chart's place.
 */
export function composeSvg(layout: ExportLayout, chartSvg: string, palette: Palette, title: string): string {
  const { width, height, chart } = layout;
  const text = layout.lines.map((l) => {
    const s = TEXT_STYLE[l.role];
    return (
      `<text x="${l.x}" y="${l.y}" font-size="${s.size}" font-weight="${s.weight}" ` +
      `fill="${escapeXml(colorFor(l.role, palette))}">${escapeXml(l.text)}</text>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    ...text,
    `<g transform="translate(${chart.x} ${chart.y})">`,
    stripXmlForbidden(chartSvg),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** The chart alone as an SVG string, `width` × `height` CSS pixels. */
export async function renderChartSvg(option: ChartOption, width: number, height: number): Promise<string> {
  const echarts = await loadParts([...partsFor(option), 'svg']);
  return drawOnce(echarts, null, { renderer: 'svg', ssr: true, width, height }, option, (c) =>
    c.renderToSVGString({ useViewBox: true }),
  );
}

/**
 * Tooltips on the built chart's SVG, without ECharts: the item under the pointer names its series and
 * data index (attributes ECharts' server-side renderer writes), and the page carries what the live
 * chart's tooltip says for each (src/prerender/tooltips.ts). A few hundred bytes instead of the chart
 * code, so pointing at a bar costs no download.
 */
import { el } from './dom';

/** Shows `texts` (trusted: made at build time by the option's formatter, data escaped) over `box`. */
export function svgTooltips(box: HTMLElement, texts: Readonly<Record<string, string>>): () => void {
  const tip = el('div', { className: 'embed-tooltip', hidden: true });
  box.append(tip);
  const hide = () => (tip.hidden = true);
  const move = (e: PointerEvent) => {
    const item = (e.target as Element | null)?.closest?.('[ecmeta_series_index][ecmeta_data_index]');
    const key =
      item && `${item.getAttribute('ecmeta_series_index')}:${item.getAttribute('ecmeta_data_index')}`;
    const text = key ? texts[key] : undefined;
    if (!text) return hide();
    if (tip.dataset.key !== key) {
      tip.innerHTML = text;
      tip.dataset.key = key!;
    }
    tip.hidden = false;
    // Near the pointer, inside the box (as ECharts' `confine`).
    const r = box.getBoundingClientRect();
    const x = Math.min(e.clientX - r.left + 12, r.width - tip.offsetWidth - 4);
    const y = Math.min(e.clientY - r.top + 12, r.height - tip.offsetHeight - 4);
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${Math.max(4, y)}px`;
  };
  box.addEventListener('pointermove', move, { passive: true });
  box.addEventListener('pointerleave', hide);
  return () => {
    box.removeEventListener('pointermove', move);
    box.removeEventListener('pointerleave', hide);
    tip.remove();
  };
}

/**
 * When the browser's own menu prints a dashboard page (no Ctrl+P for us to
 * catch, and no time to load the other sections), the page on screen is
 * printed: each canvas chart is swapped for a PNG of itself at three times
 * the resolution (a canvas prints at screen resolution and looks blurred),
 * and the notes behind closed disclosures are opened. `afterprint` undoes it.
 *
 * Runs inside `beforeprint`, which the browser does not wait for: everything
 * here is synchronous (getDataURL draws at once; Chromium loads data: URL
 * images immediately).
 */
import type { LiveChart } from '../../../charts/echarts/mount';
import { PALETTES } from '../../../charts/palettes';

/** `charts`: the page's live charts inside `root` (charts/echarts/mount: liveCharts). */
export function swapChartsForPrint(charts: readonly LiveChart[], root: ParentNode = document): () => void {
  const undo: Array<() => void> = [];
  const dark = document.documentElement.dataset.theme === 'dark';
  // The chart's own palette needs its own background: dark-theme text is light.
  const backgroundColor = PALETTES[dark ? 'dark' : 'light'].background;
  for (const { box, chart } of charts) {
    const img = document.createElement('img');
    img.className = 'print-swap';
    img.alt = '';
    img.src = chart.getDataURL({ type: 'png', pixelRatio: 3, backgroundColor });
    box.append(img);
    box.classList.add('print-swapped');
    undo.push(() => {
      img.remove();
      box.classList.remove('print-swapped');
    });
  }
  for (const d of root.querySelectorAll<HTMLDetailsElement>('.notes details:not([open])')) {
    d.open = true;
    undo.push(() => (d.open = false));
  }
  return () => undo.forEach((u) => u());
}

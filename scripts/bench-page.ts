/**
 * What the benchmark scripts (bench.ts, bench-breakdown.ts) share: the phone they load pages on,
 * how a page reports its charts drawn, and the median.
 */

/** A first visit on a phone-sized screen; each load gets a new context, so a cold cache. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  colorScheme: 'light',
} as const;

/** What `instrument` leaves in the page as `window.__bench`; times are performance.now() ms. */
export interface BenchState {
  /** Each chart's live canvas first drawn: the page taken over by its script. */
  drawn: Record<string, number>;
  /** Each chart's built SVG (`.echart-ssr svg`) in the document: painted no earlier than the FCP. */
  ssr: Record<string, number>;
  /** First contentful paint, once the browser has reported it. */
  fcp: number | null;
  /** Sum of layout shifts without recent input so far (the CLS of a load that ends now). */
  cls: number;
  /** When the overview's KPI numbers were all in the DOM. */
  kpi: number | null;
}

/**
 * Runs in the page before its own scripts: notes when each chart's canvas is
 * first drawn (in a microtask after the first draw call, i.e. once ECharts'
 * synchronous paint of the frame has finished), when each chart's built SVG
 * is in the document (a page built in advance: scripts/prerender.ts), the
 * first contentful paint, the layout shifts, and when the overview's KPI
 * numbers are in the DOM. Same code on every page. Plain JS in a string: tsx
 * would add helpers to a compiled function that the page does not have.
 */
export const instrument = (ids: string[], kpis: number) => `(() => {
  const ids = ${JSON.stringify(ids)};
  const kpis = ${kpis};
  const state = { drawn: {}, ssr: {}, fcp: null, cls: 0, kpi: null };
  window.__bench = state;
  const inked = new WeakSet();
  const mark = (canvas) => {
    const host = canvas.closest('[data-chart-id]');
    // A canvas drawn before it is attached is looked at again on its next draw.
    if (!host) return void inked.delete(canvas);
    const id = host.getAttribute('data-chart-id');
    if (ids.includes(id) && !(id in state.drawn)) state.drawn[id] = performance.now();
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fill', 'stroke', 'fillText', 'strokeText', 'fillRect', 'drawImage']) {
    const original = proto[name];
    proto[name] = function (...a) {
      const canvas = this.canvas;
      if (canvas && !inked.has(canvas)) {
        inked.add(canvas);
        queueMicrotask(() => mark(canvas));
      }
      return original.apply(this, a);
    };
  }
  // Paint timing: a built chart is on screen at the first contentful paint at the earliest.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) state.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Mutation records of parsed nodes arrive at the parser's next microtask checkpoint: when the
  // node was inserted, as near as a page script can tell.
  const seen = () => {
    for (const host of document.querySelectorAll('[data-chart-id]')) {
      const id = host.getAttribute('data-chart-id');
      if (ids.includes(id) && !(id in state.ssr) && host.querySelector('.echart-ssr svg'))
        state.ssr[id] = performance.now();
    }
    if (kpis > 0 && state.kpi === null && document.querySelectorAll('.kpi-grid .figure-value').length >= kpis)
      state.kpi = performance.now();
  };
  // Watched until every chart is on screen one way or the other, and the numbers are in.
  const done = () =>
    (kpis === 0 || state.kpi !== null) && ids.every((id) => id in state.ssr || id in state.drawn);
  if (!done()) {
    const observer = new MutationObserver(() => {
      seen();
      if (done()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }
})();`;

/**
 * When a chart first showed: its built SVG at the first contentful paint (or when the SVG was
 * inserted, if later), else its live canvas drawn; undefined while neither.
 */
export function chartVisibleAt(s: BenchState, id: string): number | undefined {
  const built = s.ssr[id] !== undefined && s.fcp !== null ? Math.max(s.ssr[id], s.fcp) : undefined;
  const drawn = s.drawn[id];
  if (built === undefined) return drawn;
  return drawn === undefined ? built : Math.min(built, drawn);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

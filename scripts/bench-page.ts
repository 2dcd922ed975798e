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

/**
 * Runs in the page before its own scripts: notes when each chart's canvas is
 * first drawn (in a microtask after the first draw call, i.e. once ECharts'
 * synchronous paint of the frame has finished) and when the overview's KPI
 * numbers are in the DOM. Same code on both pages. Plain JS in a string: tsx
 * would add helpers to a compiled function that the page does not have.
 */
export const instrument = (ids: string[], kpis: number) => `(() => {
  const ids = ${JSON.stringify(ids)};
  const kpis = ${kpis};
  const state = { drawn: {}, kpi: null };
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
  if (kpis > 0) {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.kpi-grid .figure-value').length >= kpis) {
        state.kpi = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }
})();`;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

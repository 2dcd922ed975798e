/**
 * The embed's side of public/embed.js: it tells the host page its natural height, and never scrolls,
 * focuses or navigates the host.
 */

/** What embed.js posts to an embed to ask for its height now (it may start after the embed's reports). */
export const SIZE_REQUEST = 'dashboard:size-request';

/**
 * The page's natural height: the chart at its preferred height, every part at its content height.
 * The page is laid out to fill its frame (see embed.css); html.embed-natural lays it out as it would
 * be in a frame of exactly this height, for one forced layout, and is removed before anything paints.
 */
function naturalHeight(root: HTMLElement): number {
  const html = document.documentElement;
  html.classList.add('embed-natural');
  const height = root.getBoundingClientRect().height;
  html.classList.remove('embed-natural');
  return Math.ceil(height);
}

/**
 * Tells the host page (embed.js) the page's natural height: when the content is ready and whenever it
 * may have changed, and again on timers while fonts and layout settle. Timers and messages, not
 * animation frames or ResizeObserver alone: a cross-origin frame that is off screen gets neither, and
 * its host must know its height before the reader scrolls to it. Returns the function to call after
 * the content changed (true once the content, or an error, shows).
 */
export function reportHeight(id: string, root: HTMLElement): (ready: boolean) => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  let ready = false;
  let timers: number[] = [];
  const post = (always = false) => {
    if (!ready) return;
    const height = naturalHeight(root);
    if (height === last && !always) return;
    last = height;
    // Only a height leaves this page; the host's origin is not known in advance.
    window.parent.postMessage({ type: 'dashboard:resize', id, height }, '*');
  };
  const settle = () => {
    post();
    timers.forEach((t) => clearTimeout(t));
    timers = [60, 250, 800, 2000, 5000].map((ms) => window.setTimeout(() => post(), ms));
  };
  // A request from embed.js is answered even when nothing changed: it may have missed the last report.
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const d = e.data as { type?: unknown } | null;
    if (e.source === window.parent && d && d.type === SIZE_REQUEST) post(true);
  });
  window.addEventListener('resize', settle);
  window.addEventListener('pageshow', () => post(true));
  // <details> opened or closed (toggle does not bubble: listen in the capture phase).
  document.addEventListener('toggle', () => post(), true);
  void document.fonts?.ready.then(() => post());
  document.fonts?.addEventListener?.('loadingdone', () => post());
  new ResizeObserver(() => post()).observe(root);
  return (isReady) => {
    ready = ready || isReady;
    settle();
  };
}

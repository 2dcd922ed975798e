/**
 * Chromium keeps a failed dynamic import() in its module map: importing the same URL again fails at
 * once, with no request, until the page reloads. So after the network drops, a chart's "retry" could
 * never load the chart code it missed. After a failure, the next attempt imports the URL the error
 * names with a query string: a new module to the browser, fetched anew (its own imports resolve to the
 * modules already loaded). Where the error names no URL, the next attempt simply calls `load` again.
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let failed: string | undefined;
  let attempt = 0;
  return () => {
    const next = failed ? (import(/* @vite-ignore */ `${failed}?retry=${++attempt}`) as Promise<T>) : load();
    return next.catch((e: unknown) => {
      failed = /https?:\/\/[^\s'"]+?\.js\b/.exec(e instanceof Error ? e.message : String(e))?.[0] ?? failed;
      throw e;
    });
  };
}

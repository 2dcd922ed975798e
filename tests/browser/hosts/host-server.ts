/**
 * A news-site stand-in on its own origin (another port): serves host pages
 * whose iframes use the published embed snippet, so the tests exercise exactly
 * what editors paste.
 */
import { createServer, type Server } from 'node:http';
import { responsiveSnippet } from '../../../src/embed/snippet';

export interface HostEmbed {
  id: string;
  width: number;
  lang?: 'vi' | 'en';
  /** Adds the sandbox attribute news sites use for third-party frames. */
  sandbox?: boolean;
}

export function hostPageHtml(dashboardBase: string, embeds: HostEmbed[], extraBody = ''): string {
  const blocks = embeds.map((e) => {
    let html = responsiveSnippet({
      id: e.id,
      title: e.id,
      base: dashboardBase,
      lang: e.lang ?? 'vi',
      height: 400,
    });
    if (e.sandbox)
      html = html.replace('<iframe ', '<iframe sandbox="allow-scripts allow-same-origin allow-popups" ');
    return `<div class="slot" data-slot="${e.id}" style="width:${e.width}px">${html}</div>`;
  });
  // Hostile host styles: they must not reach into the frames.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title>
<style>
  body { font: 20px/1.5 Georgia, serif; margin: 0; padding: 16px; color: rgb(10, 20, 30); }
  * { letter-spacing: 3px !important; }
  h1, p, .card { color: rgb(255, 0, 0) !important; font-size: 40px !important; }
  .slot { margin: 24px 0; }
</style></head><body>
<h1 id="host-heading">Bài viết</h1><p id="host-text">Đoạn văn của bài báo.</p>
${blocks.join('\n')}
${extraBody}
</body></html>`;
}

/** A page's HTML, or its HTML with response headers (e.g. the site's own Content-Security-Policy). */
export type HostPage = string | { html: string; headers: Record<string, string> };

export function startHostServer(pages: Map<string, HostPage>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) return void res.writeHead(404).end('not found');
    const { html, headers } = typeof page === 'string' ? { html: page, headers: {} } : page;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      ok({ server, origin: `http://localhost:${port}` });
    }),
  );
}

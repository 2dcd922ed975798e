/**
 * A tiny static server for the built folder: real 404s for missing files (no
 * SPA fallback), so tests and benchmarks see what a plain static host serves.
 * With `gzip`, text files are sent gzip-compressed (level 9, as a host serving
 * precompressed files would) to clients that accept it: `npm run bench` uses
 * this so transfers in the browser are the sizes a phone would download.
 * Usage: node scripts/serve.mjs [dir] [port] [prefix] [--gzip]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/** @param {{ gzip?: boolean }} [options] */
export function startServer(dir, port = 0, prefix = '/', options = {}) {
  const root = resolve(dir);
  /** Compressed bodies by file and modification time. */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = path.slice(prefix.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (options.gzip && COMPRESSIBLE.has(extname(file))) {
        headers['Vary'] = 'Accept-Encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          const key = `${file}:${info.mtimeMs}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
          body = gzipped.get(key);
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const gzip = args.includes('--gzip');
  const [dir = 'dist', port = '4173', prefix = '/'] = args.filter((a) => a !== '--gzip');
  const server = await startServer(dir, Number(port), prefix, { gzip });
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${prefix}${gzip ? ' (gzip)' : ''}`);
}

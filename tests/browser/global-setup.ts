import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ES module without types
import { startServer } from '../../scripts/serve.mjs';

/**
 * Serves the built app (dist/, or DIST_DIR) under a sub-path, as a news site or
 * intranet host would. Tests also get the server's root for host pages.
 */
export default async function setup(project: TestProject) {
  const dir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  const server = await startServer(dir, 0, '/dashboard/');
  const { port } = server.address() as { port: number };
  project.provide('baseUrl', `http://127.0.0.1:${port}/dashboard/`);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

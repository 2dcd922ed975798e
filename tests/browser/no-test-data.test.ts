/**
 * The build never ships test data (issue 14): the test edition lives in tests/fixtures/editions and is
 * added only to copies of the data folder, so the built site's catalogue lists no `testData` edition,
 * no edition folder is there that the catalogue does not list, and no file of the site carries the
 * test edition's id or its text. Reads the built folder the browser tests serve (dist/, or DIST_DIR);
 * it runs with them because they run after the build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS_FILE, parseCatalogueText } from '../../src/data/editions';
import { readCatalogue } from '../../scripts/data-files';

const dist = process.env.DIST_DIR ?? 'dist';
const data = join(dist, 'data');
const TEST_ID = '2024-test';
const testEntry = JSON.parse(
  readFileSync(join('tests', 'fixtures', 'editions', `${TEST_ID}.entry.json`), 'utf8'),
) as { id: string; source: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.runIf(existsSync(join(data, EDITIONS_FILE)))(`the built folder (${dist})`, () => {
  const parsed = parseCatalogueText(EDITIONS_FILE, readFileSync(join(data, EDITIONS_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  const catalogue = parsed.data;

  it('lists no test edition, and exactly the editions of public/data', () => {
    expect(testEntry.id).toBe(TEST_ID);
    expect(catalogue.editions.filter((e) => e.testData)).toEqual([]);
    expect(catalogue.editions.map((e) => e.id)).toEqual(readCatalogue().editions.map((e) => e.id));
  });

  it('holds no edition folder its catalogue does not list, and no test edition folder', () => {
    expect(existsSync(join(data, TEST_ID))).toBe(false);
    const folders = readdirSync(data).filter((f) => statSync(join(data, f)).isDirectory());
    expect(folders.sort()).toEqual(catalogue.editions.map((e) => e.id).sort());
  });

  it('carries the test edition nowhere: no file names it or holds its text', () => {
    const marker = readFileSync(join('tests', 'fixtures', 'editions', TEST_ID, testEntry.source), 'utf8')
      .split('\n')[0]!
      .slice(0, 60);
    const hits = filesUnder(dist).filter((path) => {
      const text = readFileSync(path, 'utf8');
      return text.includes(TEST_ID) || text.includes(marker);
    });
    expect(hits.map((p) => relative(dist, p))).toEqual([]);
  });
});

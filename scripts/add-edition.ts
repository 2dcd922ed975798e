/**
 * npm run edition:add -- <edition folder> <entry.json> [data folder, default public/data]
 *
 * Adds an edition to a data folder (`public/data/` before a build, or a built site's `data/`): copies
 * the edition's folder to `<data folder>/<id>/` and appends its catalogue entry (one edition object,
 * the format of src/data/editions.ts) to that folder's editions.json. Refuses, changing nothing, an
 * id the catalogue already lists, a folder already at that place, or a catalogue that would not be
 * valid with the entry. It checks nothing inside the edition's folder: run `npm run data:check` (with
 * the data folder as its argument) afterwards.
 */
import { cpSync, existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parseJsonText } from '../src/data/parse';
import { EDITIONS_FILE, parseCatalogueText } from '../src/data/editions';
import { DATA_DIR } from './data-files';

export interface AddedEdition {
  id: string;
  /** The edition's folder in the data folder. */
  dir: string;
  catalogue: string;
}

export class AddEditionError extends Error {
  override name = 'AddEditionError';
}

/** Copies the folder and appends the entry; throws an AddEditionError, having changed nothing, if it cannot. */
export async function addEdition(
  editionFolder: string,
  entryFile: string,
  dataDir: string = DATA_DIR,
): Promise<AddedEdition> {
  const from = resolve(editionFolder);
  if (!existsSync(from) || !statSync(from).isDirectory())
    throw new AddEditionError(`${editionFolder}: not a folder`);

  const entryJson = parseJsonText(entryFile, readOrFail(entryFile));
  if (!entryJson.ok) throw new AddEditionError(entryJson.reason);
  const entry = entryJson.raw as { id?: unknown };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || typeof entry.id !== 'string')
    throw new AddEditionError(`${entryFile}: must be one edition object with an "id"`);
  const id = entry.id;

  const cataloguePath = join(dataDir, EDITIONS_FILE);
  const oldText = readOrFail(cataloguePath);
  const catalogueJson = parseJsonText(cataloguePath, oldText);
  if (!catalogueJson.ok) throw new AddEditionError(catalogueJson.reason);
  const raw = catalogueJson.raw as { editions?: unknown };
  if (!Array.isArray(raw.editions)) throw new AddEditionError(`${cataloguePath}: has no "editions" list`);
  if (raw.editions.some((e: { id?: unknown }) => e?.id === id))
    throw new AddEditionError(`${cataloguePath}: already lists an edition "${id}"`);

  // The catalogue as it will be, validated by the app's own parser before anything is written.
  const next = { ...raw, editions: [...raw.editions, entry] };
  const checked = parseCatalogueText(cataloguePath, JSON.stringify(next));
  if (!checked.ok) throw new AddEditionError(checked.reason);

  const to = resolve(dataDir, id);
  // The folder may already be in its place (an editor who wrote it there): then only the entry is added.
  const inPlace = existsSync(to) && realpathSync(to) === realpathSync(from);
  if (existsSync(to) && !inPlace)
    throw new AddEditionError(`${to}: a folder is already there; the catalogue does not list it`);

  const text = await catalogueText(oldText, next, entry, cataloguePath);
  if (!inPlace) cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
  writeFileSync(cataloguePath, text);
  return { id, dir: to, catalogue: cataloguePath };
}

/**
 * The catalogue's new text: the entry inserted after the last edition, so the editions already listed
 * keep their layout, then formatted as the repository formats JSON. Falls back to the whole catalogue
 * written anew when the file's end is laid out otherwise.
 */
async function catalogueText(old: string, next: object, entry: object, path: string): Promise<string> {
  const end = /\}(\s*\]\s*\}\s*)$/.exec(old);
  const spliced = end
    ? `${old.slice(0, end.index + 1)},\n${JSON.stringify(entry, null, 2)}${end[1]}`
    : JSON.stringify(next, null, 2);
  const same = (() => {
    try {
      return isDeepStrictEqual(JSON.parse(spliced), next);
    } catch {
      return false;
    }
  })();
  const text = same ? spliced : JSON.stringify(next, null, 2);
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

function readOrFail(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new AddEditionError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

async function main(args: string[]): Promise<number> {
  const [folder, entry, dataDir] = args;
  if (!folder || !entry || args.length > 3) {
    console.error(
      'usage: npm run edition:add -- <edition folder> <entry.json> [data folder, default public/data]',
    );
    return 2;
  }
  try {
    const added = await addEdition(folder, entry, dataDir);
    console.log(`added edition "${added.id}": ${added.dir}, listed in ${added.catalogue}`);
    console.log(`next: ${dataDir ? `npx tsx scripts/data-check.ts ${dataDir}` : 'npm run data:check'}`);
    return 0;
  } catch (e) {
    if (!(e instanceof AddEditionError)) throw e;
    console.error(e.message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));

/// <reference types="vite/client" />
/**
 * The catalogue of editions, loaded and validated like a dataset, and the page's choice of edition
 * made from it once, before anything else reads data. No React: embeds use this directly.
 */
import { chooseEdition, type EditionChoice } from '../data/editionPick';
import { prepareDatasetSchemas } from '../data/schema';
import { parseCatalogueText, prepareCatalogueSchema, type Catalogue, type Edition } from '../data/editions';
import { setEdition } from '../data/report';
import { EDITIONS_FILE_NAME, setDataEdition } from './early';
import { DatasetLoadError, nextTask, readDataText } from './fetchDataset';

export async function fetchCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  const text = await readDataText(EDITIONS_FILE_NAME, EDITIONS_FILE_NAME, signal);
  // The page's first validation: building the dataset schemas (the catalogue's texts use them), the
  // catalogue's, and running it the first time (zod's code compiled as it runs) are each 20-40 ms on a
  // throttled phone, so each gets a task of its own.
  for (const step of [prepareDatasetSchemas, prepareCatalogueSchema]) {
    await nextTask();
    step();
  }
  await nextTask();
  const parsed = parseCatalogueText(EDITIONS_FILE_NAME, text);
  if (!parsed.ok) throw new DatasetLoadError(EDITIONS_FILE_NAME, 'invalid', parsed.reason);
  return parsed.data;
}

/** Chooses this page's edition from its URL; texts and data requests follow it from then on. */
export function applyEdition(catalogue: Catalogue, search: string): EditionChoice<Edition> {
  const choice = chooseEdition(catalogue, search);
  setEdition(choice.edition, catalogue, choice.missing);
  setDataEdition(choice.edition.id);
  return choice;
}

export async function startEdition(search: string): Promise<EditionChoice<Edition>> {
  return applyEdition(await fetchCatalogue(), search);
}

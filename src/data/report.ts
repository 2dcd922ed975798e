/**
 * The edition the page presents, chosen once per page load from the URL and the catalogue
 * (src/data/editionPick.ts): every text that names the report's place, year, publisher or date reads
 * it from here (src/i18n/messages.ts), as do downloaded file names. Switching edition loads a new page.
 */
import type { Catalogue, Edition } from './editions.ts';

let current: Edition | undefined;
let catalogue: Catalogue | undefined;
let missing: string | undefined;

/** `asked`: an edition the URL named that the catalogue does not have (the page says so). */
export function setEdition(edition: Edition, all: Catalogue, asked?: string): void {
  current = edition;
  catalogue = all;
  missing = asked;
}

export function missingEdition(): string | undefined {
  return missing;
}

/** Undefined only before the page has chosen (a catalogue that failed to load). */
export function currentEdition(): Edition | undefined {
  return current;
}

export function currentCatalogue(): Catalogue | undefined {
  return catalogue;
}

/** The `edition` a link must carry: none while the catalogue has one edition (see editionPick.ts). */
export function editionForLinks(): string | undefined {
  return catalogue && catalogue.editions.length > 1 ? current?.id : undefined;
}

/** The editions a series on this page draws on: this one and the reports before it, oldest first. */
export function editionsUpToCurrent(): Edition[] {
  if (!catalogue || !current) return [];
  const at = catalogue.editions.findIndex((e) => e.id === current!.id);
  return catalogue.editions.slice(0, at + 1);
}

/** Whether an indicator can have a series here: only with a report before this one. */
export function hasEarlierEditions(): boolean {
  return editionsUpToCurrent().length > 1;
}

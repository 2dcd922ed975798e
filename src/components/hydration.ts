/**
 * Whether React is hydrating a page built in advance: components that render differently in the
 * browser than at build time (a note's content, kept out of a first render) render as built while it
 * lasts, so the markup matches and nothing is rebuilt.
 */
let hydrating = false;

export const isHydrating = (): boolean => hydrating;

export function setHydrating(on: boolean): void {
  hydrating = on;
}

const afterwards: (() => void)[] = [];

/** Runs `fn` once React has adopted the built page (see `hydrated`). */
export function afterHydration(fn: () => void): void {
  afterwards.push(fn);
}

/** Called by the app's first layout effect: what was waiting for the page to be adopted runs now. */
export function hydrated(): void {
  for (const fn of afterwards.splice(0)) fn();
}

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

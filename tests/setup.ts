import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/server';
import { readCatalogue } from '../scripts/data-files';
import { setDataEdition } from '../src/api/early';
import { setEdition } from '../src/data/report';

// The app chooses its edition before it renders (src/app/main.tsx); tests render <App /> directly, so
// the choice a bare address makes is made here: the latest edition of the shipped catalogue. (Not
// through api/fetchEditions: that would load api/limits before a test file can mock it.)
const catalogue = readCatalogue();
setEdition(catalogue.editions.at(-1)!, catalogue);
setDataEdition(catalogue.editions.at(-1)!.id);

// Any request without a handler fails the test that made it.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The app's entry script (src/main.ts) starts loading the chart kinds before React renders; tests
// render <App /> directly, so the same module is warmed here rather than transformed mid-test.
beforeAll(() => import('../src/charts/kinds').then(() => undefined), 30_000);
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

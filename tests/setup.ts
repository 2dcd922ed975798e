import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/server';

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

/**
 * The fault matrix: every dataset × every fault, in the dashboard, an embed
 * and the presentation deck. Each must give an alert naming the file and what failed, in the
 * page's language, with a retry that recovers once the fault is gone; the rest
 * of the page keeps working.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAULTS, type FaultReply } from '../../mocks/faults';
import { server } from '../../mocks/server';
import { App } from '../../src/app/App';
import { SECTIONS } from '../../src/data/sections';
import { useViewStore } from '../../src/state/store';
import { CHARTS, CHARTS_FILE } from '../shipped';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionDir, readCatalogue } from '../../scripts/data-files';
import { readEditionFiles } from '../../src/app/prerender';
import { renderEmbed } from '../../src/prerender/embed';

const SLIDES = buildSlides(CHARTS_FILE);
const SLIDE_COUNT = SLIDES.length;
const slideAt = (n: number) => at(SLIDES, n);
import { DATASET_IDS, type DatasetId } from '../../src/data/ids';
import Deck from '../../src/features/present/Deck';
import { buildSlides, slideAt as at } from '../../src/features/present/slides';
import { installInertResizeObserver } from '../resize-observer';

// A short timeout so a request that never answers fails within the test.
vi.mock('../../src/api/limits', () => ({ DATASET_TIMEOUT_MS: 400, DATASET_MAX_BYTES: 1_000_000 }));
// Drawing is tested in Chromium; here a chart is a labelled box.
vi.mock('../../src/components/EChart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} data-testid="echart" />,
}));
const setOption = vi.fn();
vi.mock('../../src/charts/echarts/loader', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/charts/echarts/loader')>()),
  loadEChartsFor: async () => ({
    init: () => ({ setOption, on: () => {}, resize: () => {}, dispose: () => {} }),
  }),
}));

beforeAll(installInertResizeObserver);

const reply = (r: FaultReply) => async () => {
  if (r.hang) await delay('infinite');
  if (r.networkError) return HttpResponse.error();
  return new HttpResponse(r.body ?? '', {
    status: r.status ?? 200,
    headers: { 'Content-Type': 'application/json' },
  });
};
const sectionOf = (id: DatasetId) => SECTIONS.find((s) => s.dataset === id)!.id;
const CASES = DATASET_IDS.flatMap((ds) => FAULTS.map((f) => [ds, f.name, f] as const));

describe('dashboard', () => {
  beforeEach(() => useViewStore.setState({ section: 'overview', lang: 'vi', theme: 'light' }));

  it.each(CASES)(
    '%s.json, %s: alert in place, rest works, retry recovers',
    { timeout: 20_000 },
    async (ds, _n, fault) => {
      server.use(http.get(`*/data/2023/${ds}.json`, reply(fault.reply(ds))));
      useViewStore.setState({ section: sectionOf(ds) });
      const client = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 1 } } });
      render(
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>,
      );
      const alerts = await screen.findAllByRole('alert', {}, { timeout: 6000 });
      const mine = alerts.filter((a) => a.textContent!.includes(`${ds}.json`));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine[0]).toHaveTextContent('Không tải được số liệu');
      expect(mine[0]!.textContent).toMatch(fault.message);
      for (const a of alerts) expect(within(a).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
      expect(screen.queryByText('Trang gặp lỗi và không hiển thị được.')).toBeNull();
      if (ds === 'trade') {
        // The rest keeps working (once per fault; the page code is the same for every file):
        // another section shows its figures, and coming back while the fault lasts shows the alert again.
        const other = SECTIONS.find((s) => s.dataset === 'rankings')!.title.vi;
        fireEvent.click(screen.getByRole('link', { name: other }));
        await waitFor(() => expect(document.querySelectorAll('[data-figure-id]').length).toBeGreaterThan(0));
        fireEvent.click(screen.getByRole('link', { name: SECTIONS.find((s) => s.dataset === ds)!.title.vi }));
        await screen.findAllByRole('alert', {}, { timeout: 6000 });
      }
      // The fault is gone: retry recovers.
      server.resetHandlers();
      fireEvent.click(within(screen.getAllByRole('alert')[0]!).getByRole('button', { name: 'Thử lại' }));
      await waitFor(() => expect(document.querySelectorAll('[data-figure-id]').length).toBeGreaterThan(0));
      await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0));
    },
  );

  it('says what failed in English on an English page', async () => {
    server.use(http.get('*/data/2023/trade.json', reply({ status: 404 })));
    useViewStore.setState({ section: 'trade', lang: 'en' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    );
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent('The figures for this section could not be loaded.');
    expect(alert).toHaveTextContent('trade.json: the file was not found on the server (HTTP 404)');
    expect(within(alert!).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('embed', () => {
  afterEach(() => document.body.replaceChildren());
  /** The first chart that reads this dataset. */
  const chartOf = (ds: DatasetId) => CHARTS.find((c) => c.datasets.includes(ds))!.id;

  // A built embed page in a box wider than any SVG it was built with: the live chart loads its data,
  // and a failed file shows under the built chart (which stays) with a retry.
  const observer = globalThis.ResizeObserver;
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1600, 400));
    globalThis.ResizeObserver = class {
      constructor(private readonly cb: () => void) {}
      observe() {
        this.cb();
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    globalThis.ResizeObserver = observer;
  });
  it.each(CASES)(
    '%s.json, %s: alert in the built embed, retry draws the live chart',
    { timeout: 20_000 },
    async (ds, _n, fault) => {
      const id = chartOf(ds);
      const catalogue = readCatalogue();
      const edition = catalogue.editions[0]!;
      const folder = editionDir(edition.id);
      const files = readEditionFiles((f) => readFileSync(join(folder, f), 'utf8'));
      const page = await renderEmbed({ catalogue, edition, ...files, id, lang: 'vi' });
      server.use(http.get(`*/data/2023/${ds}.json`, reply(fault.reply(ds))));
      document.body.innerHTML = `<div id="root" class="embed" data-built="2023">${page.markup}</div>`;
      const search = `?embed=${id}&edition=2023`;
      window.history.replaceState(null, '', `/embed/2023/${id}.html`);
      const { takeOver } = await import('../../src/embed/takeover');
      takeOver(document.getElementById('root')!, id, search);
      const alert = await screen.findByRole('alert', {}, { timeout: 6000 });
      expect(alert).toHaveTextContent(`${ds}.json`);
      expect(alert).toHaveTextContent('Không tải được số liệu');
      expect(alert.textContent).toMatch(fault.message);
      // The built chart, its texts and the link to the dashboard stay.
      expect(document.querySelector('.echart-ssr svg')).not.toBeNull();
      expect(screen.getByRole('link', { name: /Xem toàn bộ/ })).toHaveAttribute('target', '_blank');
      server.resetHandlers();
      setOption.mockClear();
      fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
      await waitFor(() => expect(setOption).toHaveBeenCalledTimes(1));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(document.querySelector('h1')!.textContent!.length).toBeGreaterThan(10);
    },
  );
});

describe('presentation deck', () => {
  /** The first chart slide that reads this dataset. */
  const slideOf = (ds: DatasetId) => {
    for (let n = 1; n <= SLIDE_COUNT; n++) {
      const s = slideAt(n);
      if (s.kind === 'chart' && CHARTS.find((c) => c.id === s.chartId)!.datasets.includes(ds)) return n;
    }
    throw new Error(`no slide reads ${ds}`);
  };

  it.each(CASES)(
    '%s.json, %s: alert on the slide, retry shows it',
    { timeout: 20_000 },
    async (ds, _n, fault) => {
      server.use(http.get(`*/data/2023/${ds}.json`, reply(fault.reply(ds))));
      useViewStore.setState({ section: 'overview', lang: 'vi', theme: 'light' });
      window.history.replaceState(null, '', `/?present&slide=${slideOf(ds)}`);
      const client = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 1 } } });
      render(
        <QueryClientProvider client={client}>
          <Deck />
        </QueryClientProvider>,
      );
      const alert = await screen.findByRole('alert', {}, { timeout: 6000 });
      expect(alert).toHaveTextContent(`${ds}.json`);
      expect(alert.textContent).toMatch(fault.message);
      server.resetHandlers();
      fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
      // The slide's chart is drawn by the one chart component (mocked here as a labelled box).
      await screen.findByTestId('echart', {}, { timeout: 6000 });
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );

  it('a broken file stops only the slides that read it', async () => {
    server.use(http.get('*/data/2023/trade.json', reply({ status: 404 })));
    const rankings = slideOf('rankings');
    window.history.replaceState(null, '', `/?present&slide=${rankings}`);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <Deck />
      </QueryClientProvider>,
    );
    await screen.findByTestId('echart', {}, { timeout: 6000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

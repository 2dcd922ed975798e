import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { useViewStore } from '../../src/state/store';
import { realDatasetText } from '../../mocks/handlers';
import { server } from '../../mocks/server';
import { renderWithQuery } from './render';

// Drawing is tested in Chromium (tests/browser); jsdom has no canvas.
vi.mock('../../src/components/EChart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

beforeEach(() => useViewStore.setState({ section: 'overview', lang: 'vi', theme: 'light' }));

const card = (id: string) => document.querySelector<HTMLElement>(`[data-figure-id="${id}"]`)!;

describe('overview', () => {
  it('shows the headline figures formatted for vi-VN with their change against 2022 and plan', async () => {
    renderWithQuery(<App />);
    await waitFor(() => expect(card('retail-sales-2023')).toBeTruthy());
    expect(card('retail-sales-2023')).toHaveTextContent('70.741 tỷ đồng');
    expect(card('retail-sales-2023')).toHaveTextContent('+8,74% so với 2022');
    expect(card('exports-2023')).toHaveTextContent('100,7% kế hoạch năm (vượt)');
    expect(card('pci-rank')).toHaveTextContent('43/63');
    expect(card('pci-rank')).toHaveTextContent('tăng 7 bậc so với 2021');
    expect(within(card('retail-sales-2023')).getByText('ước tính')).toBeInTheDocument();
  });

  it('switches to English from the visible control', async () => {
    renderWithQuery(<App />);
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => expect(card('retail-sales-2023')).toHaveTextContent('70,741 billion VND'));
    expect(card('retail-sales-2023')).toHaveTextContent('+8.74% vs 2022');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Overview');
  });

  it('shows the formula of a derived value on demand', async () => {
    renderWithQuery(<App />);
    await waitFor(() => expect(card('exports-2023')).toBeTruthy());
    await userEvent.click(within(card('exports-2023')).getByText(/Công thức/));
    expect(card('exports-2023')).toHaveTextContent('4.180 ÷ (1 + 8,6%) ≈ 3.849 triệu USD');
    expect(card('exports-2023')).toHaveTextContent('4.180 ÷ 100,7% ≈ 4.151 triệu USD');
  });
});

describe('a dataset that cannot be used', () => {
  it.each([
    ['HTTP 500', () => new HttpResponse('oops', { status: 500 }), /HTTP 500/],
    ['invalid JSON', () => HttpResponse.text('{"schemaVersion":'), /not valid JSON/],
    [
      'wrong shape',
      () => HttpResponse.text(realDatasetText('trade').replace('"value": 70741', '"value": "lots"')),
      /figure "retail-sales-2023" \(figures\[1\]\), field value/,
    ],
    ['empty file', () => HttpResponse.text(''), /empty/],
  ])(
    '%s: an alert in the part that needed it, the rest keeps working, retry recovers',
    { timeout: 15000 },
    async (_n, reply, message) => {
      server.use(http.get('*/data/2023/trade.json', reply));
      renderWithQuery(<App />);
      // 5xx responses are retried twice (network blips); the rest fail at once.
      const alerts = await screen.findAllByRole('alert', {}, { timeout: 6000 });
      for (const a of alerts) expect(a).toHaveTextContent('trade.json');
      expect(alerts[0]).toHaveTextContent(message);
      // Figures from other datasets still render.
      await waitFor(() => expect(card('pci-rank')).toHaveTextContent('43/63'));
      expect(card('social-investment-capital')).toHaveTextContent('33.218 tỷ đồng');

      server.resetHandlers();
      await userEvent.click(within(alerts[0]!).getByRole('button', { name: 'Thử lại' }));
      await waitFor(() => expect(card('retail-sales-2023')).toHaveTextContent('70.741 tỷ đồng'));
    },
  );
});

describe('a chart whose figure was removed from its dataset', () => {
  it('fails alone, with an alert naming the figure, while the section keeps its other charts', async () => {
    const trade = JSON.parse(realDatasetText('trade'));
    trade.figures = trade.figures.filter((f: { id: string }) => f.id !== 'retail-sales-10m-2023');
    server.use(http.get('*/data/2023/trade.json', () => HttpResponse.json(trade)));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    useViewStore.setState({ section: 'trade' });
    renderWithQuery(<App />);
    const retail = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-chart-id="trade-retail"] [role="alert"]');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(retail).toHaveTextContent('retail-sales-10m-2023');
    await waitFor(() =>
      expect(document.querySelector('[data-chart-id="trade-exports"] [role="img"]')).toBeTruthy(),
    );
    spy.mockRestore();
  });
});

describe('a chart declaration that cannot be used (charts.json)', () => {
  it('fails alone, in place of its chart, naming the file, the chart and the field; retry recovers', async () => {
    const charts = JSON.parse(realDatasetText('charts'));
    const decl = (id: string) => charts.charts.find((c: { id: string }) => c.id === id);
    // One declaration breaks the format (an unknown kind), one names a figure no dataset has.
    decl('trade-retail').kind = 'pie-of-everything';
    decl('trade-exports').figures = ['trade/exports-2099'];
    server.use(http.get('*/data/2023/charts.json', () => HttpResponse.json(charts)));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    useViewStore.setState({ section: 'trade' });
    renderWithQuery(<App />);
    const alertOf = (id: string) =>
      waitFor(
        () => {
          const el = document.querySelector<HTMLElement>(`[data-chart-id="${id}"] [role="alert"]`);
          expect(el).toBeTruthy();
          return el!;
        },
        { timeout: 5000 },
      );
    const retail = await alertOf('trade-retail');
    expect(retail).toHaveTextContent('charts.json: chart "trade-retail" (charts[4]): field kind');
    const exports = await alertOf('trade-exports');
    expect(exports).toHaveTextContent(
      'charts.json: chart "trade-exports", field figures[0]: no figure "exports-2099" in trade.json',
    );
    // In the file's order, and the section's figures still show.
    const order = [...document.querySelectorAll<HTMLElement>('[data-chart-id]')].map(
      (e) => e.dataset.chartId,
    );
    expect(order).toEqual(['trade-retail', 'trade-exports']);
    await waitFor(() => expect(card('exports-2023')).toHaveTextContent('4.180 triệu USD'));
    // The fixed file is read again on retry.
    server.resetHandlers();
    await userEvent.click(within(retail).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() =>
      expect(document.querySelector('[data-chart-id="trade-retail"] [role="img"]')).toBeTruthy(),
    );
    spy.mockRestore();
  });
});

describe('sections', () => {
  it.each([
    ['industry', 'product-cement', '+81,58%'],
    ['rankings', 'sipas-rank', '56/63'],
    ['project06', 'project06-tasks-done', '73/102 nhiệm vụ'],
    ['digital', 'online-services-full-process', 'tỷ lệ 73,8%'],
    ['social', 'gifts-to-policy-families-value', 'hơn 20 tỷ đồng'],
  ] as const)('%s lists %s as %s', async (section, id, text) => {
    useViewStore.setState({ section });
    renderWithQuery(<App />);
    await waitFor(() => expect(card(id)).toHaveTextContent(text));
  });

  it('lists every figure of the section dataset', async () => {
    useViewStore.setState({ section: 'investment' });
    renderWithQuery(<App />);
    const count = JSON.parse(realDatasetText('investment')).figures.length as number;
    await waitFor(() => expect(document.querySelectorAll('[data-figure-id]')).toHaveLength(count));
  });
});

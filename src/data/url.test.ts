import { describe, expect, it } from 'vitest';
import {
  buildSearch,
  builtEmbedHref,
  chartLink,
  editionAsked,
  namesView,
  pageHref,
  pageOf,
  parseUrl,
  withLang,
  withoutPrint,
  withSlide,
  writeViewState,
  type PageUrl,
} from './url';

const view = { section: 'overview', lang: 'vi', theme: 'system' } as const;

describe('every page kind survives build then parse', () => {
  it.each<[PageUrl, string]>([
    [{ page: 'dashboard', ...view }, ''],
    [
      { page: 'dashboard', section: 'trade', lang: 'en', theme: 'dark', edition: '2023' },
      '?section=trade&lang=en&theme=dark&edition=2023',
    ],
    [{ page: 'dashboard', ...view, theme: 'light' }, '?theme=light'],
    [{ page: 'deck', ...view }, '?present'],
    [{ page: 'deck', ...view, slide: 3 }, '?present&slide=3'],
    [
      { page: 'deck', section: 'trade', lang: 'en', theme: 'dark', edition: '2024-test', slide: 7, auto: 10 },
      '?present&section=trade&lang=en&theme=dark&edition=2024-test&slide=7&auto=10',
    ],
    [{ page: 'deck', ...view, auto: 1.5 }, '?present&auto=1.5'],
    [{ page: 'embed', ...view, embedId: 'trade-exports' }, '?embed=trade-exports'],
    [
      { page: 'embed', ...view, lang: 'en', theme: 'dark', edition: '2023', embedId: 'kpi-grdp' },
      '?embed=kpi-grdp&lang=en&theme=dark&edition=2023',
    ],
    [{ page: 'print', ...view }, '?print'],
    [{ page: 'print', ...view, lang: 'en', edition: '2023' }, '?print&lang=en&edition=2023'],
    [{ page: 'review', ...view }, '?review'],
    [{ page: 'review', ...view, lang: 'en' }, '?review&lang=en'],
  ])('%j ⇄ %s', (url, search) => {
    expect(buildSearch(url)).toBe(search);
    expect(parseUrl(search)).toEqual(url);
    expect(pageHref(url)).toBe(`./${search}`);
  });
});

describe('old links keep opening what they opened', () => {
  it.each<[string, PageUrl]>([
    ['', { page: 'dashboard', ...view }],
    ['?section=trade', { page: 'dashboard', ...view, section: 'trade' }],
    ['?section=nowhere&lang=fr&theme=pink', { page: 'dashboard', ...view }],
    ['?present', { page: 'deck', ...view }],
    ['?present=&slide=4', { page: 'deck', ...view, slide: 4 }],
    ['?present&slide=abc&auto=0.2', { page: 'deck', ...view }],
    ['?embed=trade-exports&lang=en', { page: 'embed', ...view, lang: 'en', embedId: 'trade-exports' }],
    ['?embed', { page: 'embed', ...view, embedId: '' }],
    ['?print', { page: 'print', ...view }],
    ['?print&section=trade', { page: 'print', ...view, section: 'trade' }],
    ['?review&embed=x', { page: 'review', ...view }],
    ['?embed=x&present', { page: 'embed', ...view, embedId: 'x' }],
    ['?present&print', { page: 'deck', ...view }],
    ['?edition=NOT AN ID', { page: 'dashboard', ...view }],
  ])('%s', (search, url) => {
    expect(parseUrl(search)).toEqual(url);
    expect(pageOf(search)).toBe(url.page);
  });

  it.each<[string, string | null, boolean]>([
    ['', null, false],
    ['?lang=en', null, false],
    ['?section=trade', null, true],
    ['?present', null, true],
    ['?embed=trade-exports&lang=en', null, true],
    ['?print', null, true],
    ['?slide=2', null, true],
    ['?edition=2024&section=trade', '2024', true],
    ['?edition=Bad', 'Bad', false],
  ])('%s asks for edition %s and names a view: %s', (search, edition, view) => {
    expect(editionAsked(search)).toBe(edition);
    expect(namesView(search)).toBe(view);
  });
});

describe('addresses rewritten in place keep what they do not own', () => {
  it('writes the view, keeping other parameters', () => {
    expect(writeViewState('?utm=1&lang=en', { ...view, section: 'trade' })).toBe('?utm=1&section=trade');
    expect(writeViewState('?edition=2023', view)).toBe('?edition=2023');
  });
  it('moves the deck to a slide', () => {
    expect(withSlide('?present&section=trade&lang=en', 4)).toBe('?present&lang=en&slide=4');
  });
  it('leaves the print view', () => {
    expect(withoutPrint('?print&lang=en')).toBe('?lang=en');
    expect(withoutPrint('?print')).toBe('');
  });
  it('switches the language', () => {
    expect(withLang('https://x.vn/d/?embed=a', 'en')).toBe('https://x.vn/d/?embed=a&lang=en');
    expect(withLang('https://x.vn/d/?embed=a&lang=en', 'vi')).toBe('https://x.vn/d/?embed=a');
  });
  it('links to a chart with section and language always named', () => {
    expect(chartLink('https://x.vn/d/?print', view, 'c')).toBe(
      'https://x.vn/d/?section=overview&lang=vi#chart-c',
    );
  });
});

describe('old embed links go to the embed’s built file', () => {
  it.each<[string, string, string | undefined]>([
    ['?embed=trade-exports', '2023', 'embed/2023/trade-exports.html'],
    ['?embed=trade-exports&edition=2023&lang=en', '2023', 'embed/2023/trade-exports.en.html'],
    ['?embed=kpi-pci-rank&theme=dark&lang=vi', '2023', 'embed/2023/kpi-pci-rank.html?theme=dark'],
    // Whatever else the host page added rides along; the edition is the one the catalogue resolved.
    [
      '?embed=overview-kpis&utm_source=news&edition=2023',
      '2023',
      'embed/2023/overview-kpis.html?utm_source=news',
    ],
    ['?section=trade', '2023', undefined],
    ['?embed=', '2023', undefined],
    ['?embed=%3Cimg%20src%3Dx%3E', '2023', undefined],
    ['?embed=../index', '2023', undefined],
  ])('%s (edition %s) → %s', (search, edition, href) => {
    expect(builtEmbedHref(search, edition)).toBe(href);
  });

  it('keeps the hash', () => {
    expect(builtEmbedHref('?embed=trade-exports&lang=en', '2023', '#x')).toBe(
      'embed/2023/trade-exports.en.html#x',
    );
  });
});

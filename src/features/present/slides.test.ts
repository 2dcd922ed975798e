import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../data/sections';
import { splitRef } from '../../data/chartsFile';
import { CHART_IDS, CHARTS_FILE } from '../../../tests/shipped';
import {
  buildSlides,
  dashboardHref,
  firstSlideOf as firstOf,
  kpisOf,
  presentHref,
  readDeckParams as readParams,
  slideAt as at,
  withSlide,
} from './slides';

const SLIDES = buildSlides(CHARTS_FILE);
const SLIDE_COUNT = SLIDES.length;
const KPI_GROUPS = CHARTS_FILE.kpiSlides;
const firstSlideOf = (s: (typeof SECTION_IDS)[number]) => firstOf(SLIDES, s);
const slideAt = (n: number) => at(SLIDES, n);
const readDeckParams = (search: string) => readParams(search, SLIDES);

const chartCount = SECTION_IDS.reduce((n, s) => n + CHART_IDS[s].length, 0);

describe('the running order', () => {
  it('is title, the key figures, every chart in dashboard order, then sources', () => {
    expect(SLIDES[0]!.kind).toBe('title');
    expect(SLIDES.at(-1)!.kind).toBe('sources');
    expect(SLIDES.filter((s) => s.kind === 'kpis').map((s) => s.kind === 'kpis' && s.group.id)).toEqual(
      KPI_GROUPS.map((g) => g.id),
    );
    const charts = SLIDES.flatMap((s) => (s.kind === 'chart' ? [s.chartId] : []));
    expect(charts).toEqual(SECTION_IDS.flatMap((s) => CHART_IDS[s]));
    expect(SLIDE_COUNT).toBe(1 + KPI_GROUPS.length + chartCount + 1);
  });

  it('puts every overview KPI on exactly one slide, in the overview’s order', () => {
    const onSlides = KPI_GROUPS.flatMap((g) => kpisOf(g));
    expect(onSlides).toEqual(CHARTS_FILE.kpis.map((r) => [splitRef(r).dataset, splitRef(r).figure]));
  });

  it.each([
    ['overview', 1],
    ['industry', 1 + KPI_GROUPS.length + CHART_IDS.overview.length + 1],
  ] as const)('starts section %s at slide %i', (section, n) => {
    expect(firstSlideOf(section)).toBe(n);
  });

  it('starts every section at a slide of that section, after the previous section', () => {
    const firsts = SECTION_IDS.map(firstSlideOf);
    for (const [i, section] of SECTION_IDS.entries()) expect(slideAt(firsts[i]!).section).toBe(section);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });
});

describe('the URL', () => {
  it.each([
    ['?present', 1, null],
    ['?present&slide=7', 7, null],
    ['?present&slide=0', 1, null],
    ['?present&slide=-4', 1, null],
    ['?present&slide=999', SLIDE_COUNT, null],
    ['?present&slide=abc', 1, null],
    ['?present&section=trade', firstSlideOf('trade'), null],
    ['?present&section=trade&slide=3', 3, null],
    ['?present&section=nowhere', 1, null],
    ['?present&auto=5', 1, 5],
    ['?present&auto=1.5', 1, 1.5],
    ['?present&auto=0', 1, null],
    ['?present&auto=-2', 1, null],
    ['?present&auto=0.2', 1, null],
    ['?present&auto=soon', 1, null],
    ['?present&auto=', 1, null],
  ])('%s opens slide %i with auto %s', (search, slide, auto) => {
    expect(readDeckParams(search)).toEqual({ slide, auto });
  });

  it('keeps lang, auto and the present flag when the slide changes, and drops the section', () => {
    expect(withSlide('?present&lang=en&auto=10&section=trade&slide=2', 5)).toBe(
      '?present&lang=en&auto=10&slide=5',
    );
    expect(withSlide('?present', 99)).toBe('?present&slide=99');
  });

  it('links from the dashboard to the first slide of its section, in its language', () => {
    expect(presentHref({ section: 'overview', lang: 'vi', theme: 'system' })).toBe('./?present');
    expect(presentHref({ section: 'trade', lang: 'en', theme: 'dark' })).toBe(
      './?present&section=trade&lang=en&theme=dark',
    );
    expect(presentHref({ section: 'trade', lang: 'vi', theme: 'system', edition: '2024-test' })).toBe(
      './?present&section=trade&edition=2024-test',
    );
    // The deck reads the section and opens its first slide.
    expect(readDeckParams('?present&section=trade&lang=en&theme=dark').slide).toBe(firstSlideOf('trade'));
  });

  it('leaves to the dashboard on the section of the current slide', () => {
    expect(dashboardHref('?present&lang=en', SLIDES, firstSlideOf('trade') + 1)).toBe(
      './?section=trade&lang=en',
    );
    expect(dashboardHref('?present&theme=dark', SLIDES, 1)).toBe('./?theme=dark');
    expect(dashboardHref('?present', SLIDES, SLIDE_COUNT)).toBe('./');
  });
});

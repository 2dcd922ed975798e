import { afterEach, describe, expect, it } from 'vitest';
import { currentEdition } from '../data/report';
import { SECTIONS } from '../data/sections';
import { presentHref } from '../features/present/slides';
import { builtLink, builtPageHolds, dashboardLink, showBuiltInTheme } from './page';

/** A page built in advance for `search`, from the edition the tests run with. */
function builtPage(search: string) {
  document.body.innerHTML = `<div id="root" data-built="${currentEdition()!.id}" data-search="${search}"></div>`;
}
afterEach(() => (document.body.innerHTML = ''));

describe('a page built in advance', () => {
  it.each([
    ['?section=trade&lang=en', true],
    ['?section=trade&lang=en&theme=dark', true],
    ['?section=trade&lang=en&theme=light', true],
    ['?section=trade', false],
    ['?section=industry&lang=en&theme=dark', false],
    ['?present&section=trade&lang=en', false],
  ])(
    'built for trade in English, holds %s: %s (every theme: its charts are in both palettes)',
    (asked, holds) => {
      builtPage('?section=trade&lang=en');
      expect(builtPageHolds(asked)).toBe(holds);
    },
  );

  it.each([
    ['system', './trade.en.html'],
    ['dark', './trade.en.html?theme=dark'],
    ['light', './trade.en.html?theme=light'],
  ] as const)('links a view in the %s theme to its built page: %s', (theme, href) => {
    builtPage('?section=overview');
    expect(builtLink({ section: 'trade', lang: 'en', theme })).toBe(href);
  });

  it('links nothing built when the page was not built', () => {
    expect(builtLink({ section: 'trade', lang: 'en', theme: 'dark' })).toBeUndefined();
  });
});

describe('a built page shown in a theme it was not built in, before the app adopts it', () => {
  it.each(['dark', 'light'] as const)(
    '%s: the select names it, and every link is the one the app renders in it',
    (theme) => {
      builtPage('?section=trade&lang=en');
      const view = { section: 'trade', lang: 'en', edition: currentEdition()!.id } as const;
      // The markup as built: in the device's theme, which no link names.
      const links = (t: 'system' | typeof theme) => [
        ...(['vi', 'en'] as const).map((lang) => dashboardLink({ ...view, lang, theme: t })),
        presentHref({ ...view, theme: t }),
        ...SECTIONS.map((s) => dashboardLink({ ...view, section: s.id, theme: t })),
      ];
      const [vi, en, present, ...sections] = links('system');
      document.getElementById('root')!.innerHTML =
        `<header><a href="${vi}">vi</a><a href="${en}">en</a><a class="button" href="${present}">p</a>` +
        '<label class="theme-select"><select><option value="system" selected>s</option>' +
        '<option value="light">l</option><option value="dark">d</option></select></label></header>' +
        `<nav>${sections.map((h) => `<a href="${h}">x</a>`).join('')}</nav>` +
        '<main><a href="#main">skip</a></main>';
      showBuiltInTheme(theme);
      expect(document.querySelector('select')!.value).toBe(theme);
      const hrefs = [...document.querySelectorAll('header a, nav a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(links(theme));
      expect(document.querySelector('main a')!.getAttribute('href')).toBe('#main');
    },
  );
});

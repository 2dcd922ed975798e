import { afterEach, describe, expect, it } from 'vitest';
import { currentEdition } from '../data/report';
import { builtLink, builtPageHolds, builtTheme } from './page';

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
      expect(builtTheme()).toBe('system');
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

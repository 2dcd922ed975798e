import { describe, expect, it } from 'vitest';
import { currentEdition } from '../data/report';
import { t, textTable } from './messages';

const lookup = textTable({
  vi: {
    plain: 'Không đổi',
    facts: '{place} năm {reportYear}',
    vars: 'Trang {n} / {count}',
    both: '{place}: {n}',
  },
  en: {
    plain: 'Unchanged',
    facts: '{place} in {reportYear}',
    vars: 'Slide {n} of {count}',
    both: '{place}: {n}',
  },
});

describe('textTable: a feature’s own texts, filled in as the shared ones are', () => {
  const edition = currentEdition()!;
  it.each([
    ['vi', 'plain', undefined, 'Không đổi'],
    ['en', 'plain', undefined, 'Unchanged'],
    ['vi', 'facts', undefined, `${edition.territory.name.vi} năm ${edition.year}`],
    ['en', 'facts', undefined, `${edition.territory.name.en} in ${edition.year}`],
    ['en', 'vars', { n: 3, count: 12 }, 'Slide 3 of 12'],
    // A variable the caller did not give stays visible, not blank.
    ['vi', 'vars', { n: 3 }, 'Trang 3 / {count}'],
    ['en', 'both', { n: '7/63' }, `${edition.territory.name.en}: 7/63`],
  ] as const)('%s %s %j → %s', (locale, key, vars, expected) => {
    expect(lookup(locale, key, vars)).toBe(expected);
  });

  it('fills a text the same way as the shared messages', () => {
    const shared = textTable({
      vi: { title: '{place} {reportYear}: kết quả kinh tế – xã hội' },
      en: { title: '' },
    });
    expect(shared('vi', 'title')).toBe(t('vi', 'appTitle'));
  });
});

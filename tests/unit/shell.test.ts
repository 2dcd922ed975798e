import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages';
import { fillShell } from '../../src/i18n/shell';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
const html = fillShell(source);
const textOf = (tag: string) =>
  html
    .match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))?.[1]
    ?.replace(/\s+/g, ' ')
    .trim();

describe('the heading index.html paints before the app runs', () => {
  it('says what the app will say, so nothing moves when it takes over', () => {
    expect(textOf('h1')).toBe(t('vi', 'appTitle'));
    expect(html).toContain('class="app-subtitle"');
    expect(textOf('p')).toBe(t('vi', 'appSubtitle'));
    expect(textOf('title')).toBe(t('vi', 'appTitle'));
  });

  it('names no year or date itself: the build fills them in from report.json', () => {
    expect(source).not.toMatch(/20\d\d/);
    expect(html).not.toMatch(/%APP_[A-Z]+%/);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeHtml } from './base';

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"><script>', '&quot;&gt;&lt;script&gt;'],
    ["a & b's", 'a &amp; b&#39;s'],
    ['70.741 tỷ đồng', '70.741 tỷ đồng'],
  ])('%j → %j', (input, out) => expect(escapeHtml(input)).toBe(out));
});

/** The report's text with each proposal's number highlighted; a highlight links to its proposal. */
import type { Locale } from '../../data/schema';
import type { Item } from './model';
import { tr } from './messages';

export function Article({ text, items, lang }: { text: string; items: readonly Item[]; lang: Locale }) {
  const marks = [...items].sort((a, b) => a.anchor.start - b.anchor.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const item of marks) {
    if (item.anchor.start < at) continue;
    parts.push(text.slice(at, item.anchor.start));
    parts.push(
      <a key={item.key} href={`#${item.key}`} className={`review-mark review-${item.status}`}>
        <mark>{text.slice(item.anchor.start, item.anchor.end)}</mark>
        <span className="visually-hidden"> ({tr(lang, item.status)})</span>
      </a>,
    );
    at = item.anchor.end;
  }
  parts.push(text.slice(at));
  return (
    <section className="review-article" aria-labelledby="review-article-h">
      <h2 id="review-article-h">{tr(lang, 'article')}</h2>
      <div className="review-text">{parts}</div>
    </section>
  );
}

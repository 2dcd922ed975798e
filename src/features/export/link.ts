/** A link to one chart: the page's section, language and theme, and the card's anchor. */
import type { ViewState } from '../../app/viewState';

/**
 * Section and language are always written, so the link opens the same view
 * for someone whose browser prefers another language; the theme only when
 * the reader chose one ("system" leaves it to the recipient's device).
 * Other parameters of the current address are dropped.
 */
export function chartLink(href: string, view: ViewState, chartId: string): string {
  const url = new URL(href);
  const p = new URLSearchParams();
  p.set('section', view.section);
  p.set('lang', view.lang);
  if (view.theme !== 'system') p.set('theme', view.theme);
  if (view.edition) p.set('edition', view.edition);
  url.search = `?${p}`;
  url.hash = `chart-${chartId}`;
  return url.href;
}

/** The async clipboard where the page may use it; otherwise a hidden field and the old copy command. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand?.('copy') ?? false;
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}

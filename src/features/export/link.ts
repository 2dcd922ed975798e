/** A link to one chart: the page's section, language and theme, and the card's anchor (src/data/url.ts). */
export { chartLink } from '../../data/url';

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

/**
 * Copying text: the async clipboard where the page may use it (an embed's host may not grant it);
 * otherwise the old copy command on a selected field, the reader's own (a snippet's textarea, left
 * selected so they can copy by hand if that fails too) or a hidden one made for the purpose.
 */
export async function copyToClipboard(text: string, field?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field) {
      field.select();
      return execCopy();
    }
    const hidden = document.createElement('textarea');
    hidden.value = text;
    hidden.setAttribute('readonly', '');
    hidden.style.position = 'fixed';
    hidden.style.opacity = '0';
    document.body.append(hidden);
    hidden.select();
    try {
      return execCopy();
    } finally {
      hidden.remove();
    }
  }
}

function execCopy(): boolean {
  try {
    return document.execCommand?.('copy') ?? false;
  } catch {
    return false;
  }
}

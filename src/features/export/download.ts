import { currentEdition } from '../../data/report';
/** Saving a file from the page, and the names files get. */

/** File names are ASCII: they travel through e-mail and chat apps that mangle anything else. */
export function exportFileName(stem: string, ext: 'png' | 'svg' | 'csv' | 'json'): string {
  const safe = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${currentEdition()?.fileName ?? 'report'}${safe ? `-${safe}` : ''}.${ext}`;
}

export const MIME: Record<'png' | 'svg' | 'csv' | 'json', string> = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** Hands a file to the browser's download; works from file:// too (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

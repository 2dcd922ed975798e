/**
 * The texts index.html paints before any script runs, filled in at build time (vite.config.ts) from
 * the same messages the app renders, so the page's first heading names the report in report.json.
 */
import { escapeHtml } from './html.ts';
import { t } from './messages.ts';

export function fillShell(html: string): string {
  return html
    .replaceAll('%APP_TITLE%', escapeHtml(t('vi', 'appTitle')))
    .replaceAll('%APP_SUBTITLE%', escapeHtml(t('vi', 'appSubtitle')))
    .replaceAll('%APP_DESCRIPTION%', escapeHtml(t('vi', 'appDescription')));
}

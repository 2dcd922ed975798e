/** The one HTML escaper: tooltips (ECharts renders them as HTML), embed snippets, the shell's texts. */
const escapeMap: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Every text from a dataset that lands in HTML goes through this. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => escapeMap[c]!);
}

/**
 * Scrolls a list that scrolls sideways (the section nav on a phone or a 1024 px projector) so that its
 * current item (`aria-current="page"`) is in view, centred: on the rankings page at 390 px the nav showed
 * Overview to Investment, and the page's own section was out of sight. Only the list scrolls, never the page.
 */
export function revealCurrent(list: HTMLElement | null | undefined): void {
  const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!list || !current || list.scrollWidth <= list.clientWidth) return;
  const box = list.getBoundingClientRect();
  const item = current.getBoundingClientRect();
  if (item.left >= box.left && item.right <= box.right) return;
  list.scrollLeft += item.left + item.width / 2 - (box.left + box.width / 2);
}

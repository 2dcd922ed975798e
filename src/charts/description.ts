import type { ChartOption } from './model';

/** What a screen reader announces for a chart: the description its option carries, else its title. */
export function chartDescription(option: ChartOption, title: string): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return aria?.label?.description || title;
}

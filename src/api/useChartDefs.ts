/** A section's chart definitions are code loaded on demand; the Query cache holds them like data. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SectionId } from '../app/sections';
import { loadSectionCharts } from '../charts/registry';

export function chartDefsQueryOptions(section: SectionId) {
  return queryOptions({
    queryKey: ['chart-defs', section] as const,
    queryFn: () => loadSectionCharts(section),
    staleTime: Infinity,
  });
}

export function useChartDefs(section: SectionId) {
  return useQuery(chartDefsQueryOptions(section));
}

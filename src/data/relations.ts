/** What the report implies between its own figures, checked by `runChecks`. */
import type { Relation } from './checks';
import type { DatasetId } from './schema';

export const RELATIONS: Record<DatasetId, readonly Relation[]> = {
  rural: [
    {
      kind: 'not-more-than',
      id: 'ntm-new-within-total',
      part: 'ntm-new-communes',
      whole: 'ntm-communes-total',
    },
    {
      kind: 'equals-out-of',
      id: 'ntm-advanced-base-is-ntm-total',
      figure: 'ntm-advanced-communes-total',
      total: 'ntm-communes-total',
    },
    {
      kind: 'not-more-than',
      id: 'ntm-advanced-new-within-total',
      part: 'ntm-advanced-new-communes',
      whole: 'ntm-advanced-communes-total',
    },
  ],
  industry: [],
  trade: [
    {
      kind: 'partial-year',
      id: 'retail-remaining-months',
      partial: 'retail-sales-10m-2023',
      full: 'retail-sales-2023',
      maxGap: 15,
    },
  ],
  investment: [
    {
      kind: 'not-more-than',
      id: 'fdi-new-within-stock',
      part: 'fdi-new-projects',
      whole: 'fdi-projects-cumulative',
    },
    {
      kind: 'not-more-than',
      id: 'fdi-capital-within-stock',
      part: 'fdi-added-capital',
      whole: 'fdi-registered-capital-cumulative',
    },
    {
      kind: 'not-more-than',
      id: 'enterprises-new-within-stock',
      part: 'enterprises-new',
      whole: 'enterprises-cumulative',
    },
    {
      kind: 'not-more-than',
      id: 'cooperatives-new-within-stock',
      part: 'cooperatives-new',
      whole: 'cooperatives-cumulative',
    },
  ],
  social: [],
  digital: [
    {
      kind: 'sum',
      id: 'online-services-add-up',
      parts: ['online-services-full-process', 'online-services-partial'],
      total: 'portal-public-services',
    },
    {
      kind: 'shares-100',
      id: 'online-services-shares-100',
      parts: ['online-services-full-process', 'online-services-partial'],
    },
  ],
  rankings: [],
  project06: [
    {
      kind: 'sum',
      id: 'project06-tasks-add-up',
      parts: ['project06-tasks-done', 'project06-tasks-in-progress', 'project06-tasks-not-started'],
      total: 'project06-tasks-total',
    },
    {
      kind: 'share-base-differs',
      id: 'e-id-activation-base',
      figure: 'e-id-accounts-activated',
      candidate: 'chip-id-citizens',
    },
  ],
};

import type { Locale, Unit } from '../data/schema';

/** How each unit reads after a number. English count nouns take a plural. */
export const UNIT_LABELS: Record<Unit, Record<Locale, [one: string, many: string]>> = {
  'billion-vnd': { vi: ['tỷ đồng', 'tỷ đồng'], en: ['billion VND', 'billion VND'] },
  'million-usd': { vi: ['triệu USD', 'triệu USD'], en: ['million USD', 'million USD'] },
  percent: { vi: ['%', '%'], en: ['%', '%'] },
  rank: { vi: ['hạng', 'hạng'], en: ['rank', 'rank'] },
  communes: { vi: ['xã', 'xã'], en: ['commune', 'communes'] },
  districts: {
    vi: ['đơn vị cấp huyện', 'đơn vị cấp huyện'],
    en: ['district-level unit', 'district-level units'],
  },
  projects: { vi: ['dự án', 'dự án'], en: ['project', 'projects'] },
  enterprises: { vi: ['doanh nghiệp', 'doanh nghiệp'], en: ['enterprise', 'enterprises'] },
  cooperatives: { vi: ['hợp tác xã', 'hợp tác xã'], en: ['cooperative', 'cooperatives'] },
  households: { vi: ['hộ', 'hộ'], en: ['household', 'households'] },
  workers: { vi: ['lao động', 'lao động'], en: ['worker', 'workers'] },
  gifts: { vi: ['phần quà', 'phần quà'], en: ['gift', 'gifts'] },
  remains: { vi: ['hài cốt', 'hài cốt'], en: ['set of remains', 'sets of remains'] },
  services: { vi: ['dịch vụ công', 'dịch vụ công'], en: ['public service', 'public services'] },
  tasks: { vi: ['nhiệm vụ', 'nhiệm vụ'], en: ['task', 'tasks'] },
  citizens: { vi: ['công dân', 'công dân'], en: ['citizen', 'citizens'] },
  accounts: { vi: ['tài khoản', 'tài khoản'], en: ['account', 'accounts'] },
  records: { vi: ['dữ liệu', 'dữ liệu'], en: ['record', 'records'] },
  centres: { vi: ['trung tâm', 'trung tâm'], en: ['centre', 'centres'] },
  organisations: { vi: ['tổ chức đảng', 'tổ chức đảng'], en: ['party organisation', 'party organisations'] },
  'party-members': { vi: ['đảng viên', 'đảng viên'], en: ['party member', 'party members'] },
  'task-groups': { vi: ['nhóm nhiệm vụ', 'nhóm nhiệm vụ'], en: ['task group', 'task groups'] },
};

export function unitLabel(unit: Unit, locale: Locale, value: number): string {
  const [one, many] = UNIT_LABELS[unit][locale];
  return value === 1 ? one : many;
}

/**
 * A first label for a figure, in Vietnamese, from its own quote: the words
 * before the number without the words that only carry period, estimate or
 * verb ("ước thực hiện cả năm 2023 đạt"); where nothing is left, the words
 * after the number ("96 doanh nghiệp đăng ký giải thể"). And an id from it.
 */
const NOISE = [
  /(?:tăng|giảm|đạt|bằng|gấp)\s+[\d.,]+\s*(?:%|bậc|lần)?/giu,
  /so với[^,;]*/giu,
  /(?:đạt|hoàn thành)\s+(?:kế hoạch|chỉ tiêu)(?:\s+năm)?/giu,
  /\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?/giu,
  /(?<![\p{L}])l[ũu]y kế(?:\s+đến hết năm(?:\s+\d{4})?)?/giu,
  /(?<![\p{L}])(?:ước\s+)?(?:thực hiện\s+)?(?:cả\s+|trong\s+)?năm\s+\d{4}/giu,
  /(?:^|\s)(?:ước thực hiện|ước đạt|ước có|ước cả năm|ước|cả năm|trong năm|đến nay|hiện nay|toàn tỉnh)(?=\s|$)/giu,
  /\([^)]*\)/gu,
];
const TRAILING =
  /(?:\s+(?:đạt|là|có|được|với|cho|tại|của|lên|và|gồm|khoảng|hơn|trên|gần|đã|mới|đứng thứ|xếp thứ|tăng|giảm|[,;:]))+\s*$/iu;
const LEADING = /^(?:\s*(?:và|với|trong đó|trong đó có|có|đã|đạt|tổng số|năm|[,;:()-]))+\s*/iu;
const MAX_WORDS = 14;

const tidy = (s: string) =>
  s
    .replace(/\s+/gu, ' ')
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .replace(/^[\s,;:.]+|[\s,;:.]+$/gu, '')
    .trim();

const cap = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);
const words = (s: string) => s.split(' ').slice(0, MAX_WORDS).join(' ');

/**
 * `quote` with the number at [numberAt, numberEnd); `unitWords` the words of
 * its unit; `previous` the label of the figure before it in the same sentence,
 * which is usually the subject when the quote names none ("…; ước thực hiện
 * cả năm 2023 đạt 70.741 tỷ đồng").
 */
export function draftLabel(quote: string, numberAt: number, numberEnd: number, previous?: string): string {
  let before = quote.slice(0, numberAt);
  for (const re of NOISE) before = before.replace(re, ' ');
  const head = tidy(before);
  if (head.split(' ').length >= 2) return cap(head.split(' ').slice(-MAX_WORDS).join(' '));
  const unit = tidy(
    quote.slice(numberAt, numberEnd).replace(/^[\d.,/%\s]+(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s+)?/u, ''),
  );
  const tail = tidy(quote.slice(numberEnd).split(/[,;(]/u)[0] ?? '');
  const after = [head, unit, tail].filter(Boolean).join(' ');
  if (after.split(' ').length >= 2) return cap(words(after));
  if (previous) return previous;
  return cap(words(after)) || 'Số liệu';
}

/** "Kim ngạch xuất khẩu" + 2023 → "kim-ngach-xuat-khau-2023"; unique against `taken`. */
export function draftId(label: string, year: number, taken: Set<string>): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  const base = `${slug || 'figure'}-${year}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

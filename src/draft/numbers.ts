/**
 * Vietnamese number forms: "70.741" (dot for thousands), "8,74" (comma for
 * decimals), "07" (a leading zero), and the odd "95.42" (a decimal point,
 * which the source writes once). Multiple commas ("1,451,698") are English
 * thousands, as on a website's visit counter.
 */
import { fail, ok, type Result } from './result';

export interface ParsedNumber {
  value: number;
  /** "95.42": read as a decimal point, which a Vietnamese text rarely means. */
  decimalPoint: boolean;
}

export function parseViNumber(token: string): Result<ParsedNumber> {
  const s = token.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return fail(`"${token}" is not a number`);
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let normal: string;
  let decimalPoint = false;
  if (dots > 0 && commas > 0) {
    // "1.234,5": dots group thousands, the comma is the decimal mark.
    if (commas > 1 || s.lastIndexOf(',') < s.lastIndexOf('.')) return fail(`"${token}" mixes marks`);
    if (!/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return fail(`"${token}" has uneven thousands groups`);
    normal = s.replaceAll('.', '').replace(',', '.');
  } else if (commas > 1) {
    if (!/^\d{1,3}(?:,\d{3})+$/.test(s)) return fail(`"${token}" has uneven thousands groups`);
    normal = s.replaceAll(',', '');
  } else if (commas === 1) {
    normal = s.replace(',', '.');
  } else if (dots > 0) {
    if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) normal = s.replaceAll('.', '');
    else if (dots === 1) {
      normal = s;
      decimalPoint = true;
    } else return fail(`"${token}" has uneven thousands groups`);
  } else normal = s;
  const value = Number(normal);
  return Number.isFinite(value) ? ok({ value, decimalPoint }) : fail(`"${token}" is not finite`);
}

/**
 * What failed, in the reader's language: a short sentence per kind of failure,
 * with the technical detail (a validation reason names file, figure and field)
 * kept underneath for whoever fixes the file.
 */
import type { Locale } from '../data/ids';

interface LoadErrorLike {
  file?: string;
  kind?: string;
  status?: number;
  detail?: string;
  message: string;
}

const TEXT: Record<Locale, Record<string, string>> = {
  vi: {
    http404: 'không tìm thấy tệp trên máy chủ (HTTP 404)',
    http: 'máy chủ trả lời lỗi (HTTP {status})',
    network: 'không kết nối được tới máy chủ (mất mạng?)',
    timeout: 'máy chủ không trả lời sau {s} giây',
    'too-large': 'tệp quá lớn, không phải một bộ số liệu',
    invalid: 'tệp không đúng định dạng số liệu',
    code: 'không tải được một phần mã của trang',
  },
  en: {
    http404: 'the file was not found on the server (HTTP 404)',
    http: 'the server answered with an error (HTTP {status})',
    network: 'could not reach the server (offline?)',
    timeout: 'the server did not answer within {s} s',
    'too-large': 'the file is too large to be a dataset',
    invalid: 'the file is not a valid dataset',
    code: 'part of the page’s code could not be loaded',
  },
};

export function describeLoadError(
  e: LoadErrorLike,
  locale: Locale,
  timeoutSeconds: number,
): { file?: string; summary: string; detail: string } {
  const text = TEXT[locale];
  const key = e.kind === 'http' && e.status === 404 ? 'http404' : e.kind && e.kind in text ? e.kind : 'code';
  const summary = text[key]!.replace('{status}', String(e.status ?? '')).replace(
    '{s}',
    String(timeoutSeconds),
  );
  return { file: e.file, summary, detail: e.detail ?? e.message };
}

/**
 * Just enough of a PDF reader to see where Chromium put each image: pages in
 * order, and for every image drawn on a page, which image object it is and
 * the box it covers in page coordinates.
 *
 * Why images: every chart prints as an image (a PNG in the printout, a canvas
 * or its swapped PNG on a dashboard page). A chart split across a page break
 * is drawn on both pages, each time shifted and clipped, so it shows up as
 * one image object drawn on two pages, or drawn past a page's edge.
 *
 * Handles what Chromium's PDF writer (Skia) produces: uncompressed object
 * table, Flate-compressed content streams, resources inline or by reference.
 */
import { inflateSync } from 'node:zlib';

export interface DrawnImage {
  /** Object number of the image XObject. */
  obj: number;
  width: number;
  height: number;
  /** Covered box in points: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
}

export interface PdfPage {
  mediaBox: [number, number, number, number];
  images: DrawnImage[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export function readPdf(buffer: Buffer): PdfPage[] {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = buffer.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  const header = /(?:^|[\r\n])(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const dictEnd = findDictEnd(text, start);
    const dict = text.slice(start, dictEnd);
    let stream: Buffer | undefined;
    const after = /^\s*stream\r?\n/.exec(text.slice(dictEnd, dictEnd + 20));
    if (after) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const from = dictEnd + after[0].length;
      stream = buffer.subarray(from, from + length);
      header.lastIndex = from + length;
    }
    objects.set(Number(m[1]), { dict, stream });
  }

  const deref = (value: string): string => {
    const ref = /^\s*(\d+) 0 R/.exec(value);
    return ref ? (objects.get(Number(ref[1]))?.dict ?? '') : value;
  };
  const content = (obj: number): string => {
    const o = objects.get(obj);
    if (!o?.stream) return '';
    return (/\/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream).toString('latin1');
  };

  // Pages in reading order: the page tree from the catalog's root.
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  const rootRef = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1]);
  const pageObjs: number[] = [];
  const walk = (n: number) => {
    const dict = objects.get(n)?.dict ?? '';
    if (/\/Type \/Pages\b/.test(dict)) {
      const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else if (/\/Type \/Page\b/.test(dict)) pageObjs.push(n);
  };
  walk(rootRef);

  return pageObjs.map((n) => {
    const dict = objects.get(n)!.dict;
    const mediaBox = /\/MediaBox \[([^\]]+)\]/
      .exec(dict)![1]!
      .trim()
      .split(/\s+/)
      .map(Number) as PdfPage['mediaBox'];
    const resources = deref(valueOf(dict, '/Resources') ?? '');
    const xobjects = deref(valueOf(resources, '/XObject') ?? '');
    const names = new Map<string, number>();
    for (const x of xobjects.matchAll(/\/([^\s/<>[\]]+)\s+(\d+) 0 R/g)) names.set(x[1]!, Number(x[2]));
    const contents = valueOf(dict, '/Contents') ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((r) => content(Number(r[1])));
    const images: DrawnImage[] = [];
    for (const s of streams)
      for (const { name, ctm } of drawCalls(s)) {
        const obj = names.get(name);
        const xdict = obj === undefined ? '' : (objects.get(obj)?.dict ?? '');
        if (!/\/Subtype \/Image/.test(xdict)) continue;
        const corners = [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ].map(([u, v]) => [u! * ctm[0] + v! * ctm[2] + ctm[4], u! * ctm[1] + v! * ctm[3] + ctm[5]]);
        const xs = corners.map((c) => c[0]!);
        const ys = corners.map((c) => c[1]!);
        images.push({
          obj: obj!,
          width: Number(/\/Width (\d+)/.exec(xdict)?.[1]),
          height: Number(/\/Height (\d+)/.exec(xdict)?.[1]),
          box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
        });
      }
    return { mediaBox, images };
  });
}

/** The end of the `<< … >>` that starts at `from` (nested dictionaries allowed). */
function findDictEnd(text: string, from: number): number {
  if (!text.startsWith('<<', from)) return from;
  let depth = 0;
  for (let i = from; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unterminated dictionary');
}

/** The value after a key: a reference, an array, or a nested dictionary. */
function valueOf(dict: string, key: string): string | undefined {
  const at = dict.indexOf(`${key} `) >= 0 ? dict.indexOf(`${key} `) : dict.indexOf(`${key}<<`);
  if (at < 0) return undefined;
  const rest = dict.slice(at + key.length).trimStart();
  if (rest.startsWith('<<')) return rest.slice(0, findDictEnd(rest, 0));
  if (rest.startsWith('[')) return rest.slice(0, rest.indexOf(']') + 1);
  return /^\d+ 0 R/.exec(rest)?.[0];
}

/** `Do` operators of a content stream with the transformation in force (q/Q/cm tracked). */
function drawCalls(stream: string): Array<{ name: string; ctm: Matrix }> {
  const out: Array<{ name: string; ctm: Matrix }> = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const operands: string[] = [];
  // Strings are skipped as whole tokens so their bytes are never read as operators.
  const token =
    /\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|<<|>>|\[|\]|\/[^\s/<>[\]()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;
  for (const [t] of stream.matchAll(token)) {
    if (/^[A-Za-z'"*]+$/.test(t)) {
      if (t === 'q') stack.push(ctm);
      else if (t === 'Q') ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (t === 'cm') ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm);
      else if (t === 'Do') out.push({ name: operands.at(-1)!.slice(1), ctm });
      operands.length = 0;
    } else operands.push(t);
  }
  return out;
}

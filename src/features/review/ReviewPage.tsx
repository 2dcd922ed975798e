/**
 * ?review: load a report's text, see every proposed figure highlighted in it,
 * accept, correct or reject each, and download dataset files that passed the
 * dashboard's parser. Nothing leaves this page unless a person accepted it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../data/schema';
import { draftReport } from '../../draft/draft';
import { Article } from './Article';
import { tr } from './messages';
import { exportDatasets, itemsFrom, metaFrom, type ExportResult, type Item, type Meta } from './model';
import { Proposal } from './Proposal';

interface Loaded {
  text: string;
  items: Item[];
  meta: Meta;
  skipped: number;
}

export function ReviewPage({ lang }: { lang: Locale }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<Made | undefined>();

  async function open(file: File) {
    setResult(undefined);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setError(`${tr(lang, 'readError')}: ${(e as Error).message}`);
      return;
    }
    const draft = draftReport(text);
    if (!draft.ok) {
      setError(`${tr(lang, 'readError')}: ${draft.reason}`);
      setLoaded(undefined);
      return;
    }
    setError(undefined);
    setLoaded({
      text,
      items: itemsFrom(draft.value),
      meta: metaFrom(draft.value, file.name),
      skipped: draft.value.skipped.length,
    });
  }

  const update = (next: Item) => {
    setResult(undefined);
    setLoaded((l) => l && { ...l, items: l.items.map((i) => (i.key === next.key ? next : i)) });
  };
  const setMeta = (patch: Partial<Meta>) => {
    setResult(undefined);
    setLoaded((l) => l && { ...l, meta: { ...l.meta, ...patch } });
  };

  const counts = useMemo(() => {
    const c = { accepted: 0, rejected: 0, pending: 0 };
    for (const i of loaded?.items ?? []) c[i.status]++;
    return c;
  }, [loaded]);

  const other = lang === 'vi' ? 'en' : 'vi';
  const otherHref = `?review${other === 'en' ? '&lang=en' : ''}`;

  return (
    <main className="review" lang={lang}>
      <header>
        <h1>{tr(lang, 'title')}</h1>
        <p>{tr(lang, 'intro')}</p>
        <p>
          <a href={otherHref} lang={other}>
            {tr(lang, 'language')}
          </a>
        </p>
        <label htmlFor="review-file" className="review-file">
          {tr(lang, 'chooseFile')}
          <input
            id="review-file"
            type="file"
            accept=".txt,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file);
            }}
          />
        </label>
        {error && <p role="alert">{error}</p>}
      </header>
      {loaded && (
        <>
          <MetaForm lang={lang} meta={loaded.meta} onChange={setMeta} />
          <div className="review-columns">
            <Article text={loaded.text} items={loaded.items} lang={lang} />
            <section className="review-list" aria-labelledby="review-list-h">
              <h2 id="review-list-h">{tr(lang, 'proposals', { n: loaded.items.length })}</h2>
              <p aria-live="polite">{tr(lang, 'summary', counts)}</p>
              <p>{tr(lang, 'skipped', { n: loaded.skipped })}</p>
              {loaded.items.map((item) => (
                <Proposal
                  key={item.key}
                  item={item}
                  lang={lang}
                  published={loaded.meta.published}
                  onChange={update}
                />
              ))}
            </section>
          </div>
          <ExportPanel
            lang={lang}
            result={result}
            onExport={() => setResult(withUrls(exportDatasets(loaded.items, loaded.meta, loaded.text)))}
          />
        </>
      )}
    </main>
  );
}

function withUrls(r: ExportResult): Made {
  if (!r.ok) return r;
  return {
    ...r,
    urls: r.files.map((f) => URL.createObjectURL(new Blob([f.json], { type: 'application/json' }))),
  };
}

function MetaForm({
  lang,
  meta,
  onChange,
}: {
  lang: Locale;
  meta: Meta;
  onChange: (p: Partial<Meta>) => void;
}) {
  const fields: [keyof Meta, Parameters<typeof tr>[1]][] = [
    ['file', 'fileName'],
    ['title', 'reportTitle'],
    ['publisherVi', 'publisherVi'],
    ['publisherEn', 'publisherEn'],
    ['published', 'published'],
  ];
  return (
    <fieldset className="review-meta">
      <legend>{tr(lang, 'reportMeta')}</legend>
      {fields.map(([key, label]) => (
        <label key={key} htmlFor={`meta-${key}`}>
          {tr(lang, label)}
          <input id={`meta-${key}`} value={meta[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
        </label>
      ))}
    </fieldset>
  );
}

/** An export with a download address for each file; the addresses are freed when the result is replaced. */
type Made = ExportResult & { urls?: string[] };

function ExportPanel({
  lang,
  result,
  onExport,
}: {
  lang: Locale;
  result: Made | undefined;
  onExport: () => void;
}) {
  useEffect(() => () => result?.urls?.forEach((u) => URL.revokeObjectURL(u)), [result]);
  return (
    <section className="review-export" aria-labelledby="review-export-h">
      <h2 id="review-export-h">{tr(lang, 'export')}</h2>
      <p>{tr(lang, 'exportHelp')}</p>
      <button type="button" onClick={onExport}>
        {tr(lang, 'export')}
      </button>
      <div aria-live="polite">
        {result && !result.ok && (
          <div role="alert">
            <p>{tr(lang, 'problems')}</p>
            <ul>
              {result.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.ok && (
          <>
            {result.leftOut > 0 && <p>{tr(lang, 'leftOut', { n: result.leftOut })}</p>}
            <ul>
              {result.files.map((f, i) => (
                <li key={f.name}>
                  <a href={result.urls?.[i]} download={f.name}>
                    {tr(lang, 'download', { file: f.name, n: f.count })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

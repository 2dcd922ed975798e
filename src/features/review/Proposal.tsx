/** One proposal: its quote, every field to correct, and accept / reject. */
import { DATASET_IDS, UNITS, type Figure, type Locale, type Period } from '../../data/schema';
import { Comparisons } from './Comparisons';
import { FLAG_TEXT, tr } from './messages';
import type { Item } from './model';

/** The figure without an optional field (the schema is strict: an absent field, not undefined). */
function without(f: Figure, key: 'outOf' | 'note'): Figure {
  const copy = { ...f };
  delete copy[key];
  return copy;
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));
const KINDS: Figure['kind'][] = ['level', 'growth', 'rank', 'attainment'];
const PERIODS: Period['kind'][] = ['year', 'months', 'end-of-year', 'to-date'];

function periodOf(kind: Period['kind'], p: Period, asOf: string): Period {
  switch (kind) {
    case 'year':
    case 'end-of-year':
      return { kind, year: p.year };
    case 'months':
      return { kind, year: p.year, fromMonth: 1, toMonth: 12 };
    case 'to-date':
      return { kind, year: p.year, asOf };
  }
}

interface Props {
  item: Item;
  lang: Locale;
  published: string;
  onChange: (next: Item) => void;
}

export function Proposal({ item, lang, published, onChange }: Props) {
  const f = item.figure;
  const id = item.key;
  const set = (patch: Partial<Figure>) => onChange({ ...item, figure: { ...f, ...patch } });
  const field = (name: string) => `${id}-${name}`;
  const text = (name: string, label: string, value: string, change: (v: string) => void) => (
    <label htmlFor={field(name)}>
      {label}
      <input id={field(name)} value={value} onChange={(e) => change(e.target.value)} />
    </label>
  );
  const number = (name: string, label: string, value: number | undefined, change: (v: number) => void) => (
    <label htmlFor={field(name)}>
      {label}
      <input
        id={field(name)}
        type="number"
        step="any"
        value={value === undefined || !Number.isFinite(value) ? '' : value}
        onChange={(e) => change(num(e.target.value))}
      />
    </label>
  );
  const p = f.period;
  return (
    <article
      id={id}
      className={`review-proposal review-${item.status}`}
      aria-labelledby={field('h')}
      tabIndex={-1}
    >
      <h3 id={field('h')}>
        <span className="review-status">{tr(lang, item.status)}</span> {f.label.vi || f.id}
      </h3>
      <blockquote>
        <span className="visually-hidden">{tr(lang, 'quote')}: </span>
        {f.quote}
      </blockquote>
      {item.flags.length > 0 && (
        <p className="review-flags">
          {tr(lang, 'flags')}: {item.flags.map((x) => FLAG_TEXT[x]?.[lang] ?? x).join('; ')}
        </p>
      )}
      <div className="review-actions">
        {item.status === 'pending' ? (
          <>
            <button type="button" onClick={() => onChange({ ...item, status: 'accepted' })}>
              {tr(lang, 'accept')}
            </button>
            <button type="button" onClick={() => onChange({ ...item, status: 'rejected' })}>
              {tr(lang, 'reject')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onChange({ ...item, status: 'pending' })}>
            {tr(lang, 'undo')}
          </button>
        )}
      </div>
      {item.status !== 'rejected' && (
        <div className="review-fields">
          {text('vi', tr(lang, 'labelVi'), f.label.vi, (v) => set({ label: { ...f.label, vi: v } }))}
          {text('en', tr(lang, 'labelEn'), f.label.en, (v) => set({ label: { ...f.label, en: v } }))}
          {text('id', tr(lang, 'id'), f.id, (v) => set({ id: v.trim() }))}
          <label htmlFor={field('dataset')}>
            {tr(lang, 'dataset')}
            <select
              id={field('dataset')}
              value={item.dataset}
              onChange={(e) => onChange({ ...item, dataset: e.target.value as Item['dataset'] })}
            >
              {DATASET_IDS.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          {number('value', tr(lang, 'value'), f.value, (v) => set({ value: v }))}
          <label htmlFor={field('unit')}>
            {tr(lang, 'unit')}
            <select
              id={field('unit')}
              value={f.unit}
              onChange={(e) => set({ unit: e.target.value as Figure['unit'] })}
            >
              {UNITS.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </label>
          <label htmlFor={field('kind')}>
            {tr(lang, 'kind')}
            <select
              id={field('kind')}
              value={f.kind}
              onChange={(e) => set({ kind: e.target.value as Figure['kind'] })}
            >
              {KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          {number('outof', tr(lang, 'outOf'), f.outOf, (v) => {
            const rest = without(f, 'outOf');
            onChange({ ...item, figure: Number.isFinite(v) ? { ...rest, outOf: v } : rest });
          })}
          {f.kind === 'growth' &&
            number('base', tr(lang, 'baseYear'), f.baseYear, (v) => set({ baseYear: v }))}
          <fieldset className="review-row">
            <legend>{tr(lang, 'period')}</legend>
            <label htmlFor={field('pkind')}>
              {tr(lang, 'kind')}
              <select
                id={field('pkind')}
                value={p.kind}
                onChange={(e) => set({ period: periodOf(e.target.value as Period['kind'], p, published) })}
              >
                {PERIODS.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </label>
            {number('pyear', tr(lang, 'year'), p.year, (v) => set({ period: { ...p, year: v } }))}
            {p.kind === 'months' &&
              number('from', tr(lang, 'fromMonth'), p.fromMonth, (v) =>
                set({ period: { ...p, fromMonth: v } }),
              )}
            {p.kind === 'months' &&
              number('to', tr(lang, 'toMonth'), p.toMonth, (v) => set({ period: { ...p, toMonth: v } }))}
            {p.kind === 'to-date' &&
              text('asof', tr(lang, 'asOf'), p.asOf, (v) => set({ period: { ...p, asOf: v.trim() } }))}
          </fieldset>
          <label htmlFor={field('est')} className="review-check">
            <input
              id={field('est')}
              type="checkbox"
              checked={f.estimate}
              onChange={(e) => set({ estimate: e.target.checked })}
            />
            {tr(lang, 'estimate')}
          </label>
          <label htmlFor={field('q')}>
            {tr(lang, 'qualifier')}
            <select
              id={field('q')}
              value={f.qualifier}
              onChange={(e) => set({ qualifier: e.target.value as Figure['qualifier'] })}
            >
              <option value="exact">{tr(lang, 'exact')}</option>
              <option value="more-than">{tr(lang, 'moreThan')}</option>
            </select>
          </label>
          <Comparisons
            id={id}
            lang={lang}
            year={p.year}
            value={f.comparisons}
            onChange={(c) => set({ comparisons: c })}
          />
          {text('nvi', tr(lang, 'noteVi'), f.note?.vi ?? '', (v) => setNote(v, f.note?.en ?? ''))}
          {text('nen', tr(lang, 'noteEn'), f.note?.en ?? '', (v) => setNote(f.note?.vi ?? '', v))}
        </div>
      )}
    </article>
  );

  function setNote(vi: string, en: string) {
    const rest = without(f, 'note');
    onChange({ ...item, figure: vi || en ? { ...rest, note: { vi, en } } : rest });
  }
}

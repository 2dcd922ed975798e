/** Edits a figure's comparisons: one row per comparison, fields by its type. */
import { TARGETS, type Comparison, type Locale } from '../../data/schema';
import { tr } from './messages';

const TYPES: Comparison['type'][] = ['growth', 'target', 'ratio', 'multiple', 'rank-change', 'share'];

function blank(type: Comparison['type'], year: number): Comparison {
  switch (type) {
    case 'growth':
    case 'ratio':
      return { type, percent: 0, baseYear: year - 1 };
    case 'target':
      return { type, percent: 100, target: 'annual-plan' };
    case 'multiple':
      return { type, times: 1, baseYear: year - 1 };
    case 'rank-change':
      return { type, places: 0, baseYear: year - 1 };
    case 'share':
      return { type, percent: 0 };
  }
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

interface Props {
  id: string;
  lang: Locale;
  year: number;
  value: Comparison[];
  onChange: (next: Comparison[]) => void;
}

export function Comparisons({ id, lang, year, value, onChange }: Props) {
  const set = (i: number, c: Comparison) => onChange(value.map((x, j) => (j === i ? c : x)));
  return (
    <fieldset className="review-comparisons">
      <legend>{tr(lang, 'comparisons')}</legend>
      {value.map((c, i) => {
        const f = `${id}-c${i}`;
        return (
          <div className="review-row" key={i}>
            <label htmlFor={`${f}-type`}>
              {tr(lang, 'kind')}
              <select
                id={`${f}-type`}
                value={c.type}
                onChange={(e) => set(i, blank(e.target.value as Comparison['type'], year))}
              >
                {TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
            {'percent' in c && (
              <label htmlFor={`${f}-pct`}>
                {tr(lang, 'percent')}
                <input
                  id={`${f}-pct`}
                  type="number"
                  step="any"
                  value={Number.isFinite(c.percent) ? c.percent : ''}
                  onChange={(e) => set(i, { ...c, percent: num(e.target.value) })}
                />
              </label>
            )}
            {c.type === 'multiple' && (
              <label htmlFor={`${f}-times`}>
                {tr(lang, 'times')}
                <input
                  id={`${f}-times`}
                  type="number"
                  step="any"
                  value={Number.isFinite(c.times) ? c.times : ''}
                  onChange={(e) => set(i, { ...c, times: num(e.target.value) })}
                />
              </label>
            )}
            {c.type === 'rank-change' && (
              <label htmlFor={`${f}-places`}>
                {tr(lang, 'places')}
                <input
                  id={`${f}-places`}
                  type="number"
                  step="1"
                  value={Number.isFinite(c.places) ? c.places : ''}
                  onChange={(e) => set(i, { ...c, places: num(e.target.value) })}
                />
              </label>
            )}
            {'baseYear' in c && (
              <label htmlFor={`${f}-base`}>
                {tr(lang, 'baseYear')}
                <input
                  id={`${f}-base`}
                  type="number"
                  step="1"
                  value={Number.isFinite(c.baseYear) ? c.baseYear : ''}
                  onChange={(e) => set(i, { ...c, baseYear: num(e.target.value) })}
                />
              </label>
            )}
            {c.type === 'target' && (
              <label htmlFor={`${f}-target`}>
                {tr(lang, 'target')}
                <select
                  id={`${f}-target`}
                  value={c.target}
                  onChange={(e) => set(i, { ...c, target: e.target.value as (typeof TARGETS)[number] })}
                >
                  {TARGETS.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </label>
            )}
            {c.type === 'share' && (
              <label htmlFor={`${f}-of`}>
                {tr(lang, 'ofFigure')}
                <input
                  id={`${f}-of`}
                  value={c.ofFigure ?? ''}
                  onChange={(e) => {
                    const rest = { type: c.type, percent: c.percent };
                    set(i, e.target.value.trim() ? { ...rest, ofFigure: e.target.value.trim() } : rest);
                  }}
                />
              </label>
            )}
            <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              {tr(lang, 'remove')}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...value, blank('growth', year)])}>
        {tr(lang, 'addComparison')}
      </button>
    </fieldset>
  );
}

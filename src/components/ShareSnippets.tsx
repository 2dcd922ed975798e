/** The share control's contents, loaded when it opens: snippets, heights and their texts. */
import { copyToClipboard } from './clipboard';
import { useEffect, useId, useRef, useState } from 'react';
import { useViewStore } from '../state/store';
import { currentEdition } from '../data/report';
import type { ChartModel } from '../charts/model';
import type { CheckResult } from '../data/checks';
import { fixedSnippet, responsiveSnippet, type SnippetInput } from '../embed/snippet';
import { t } from '../i18n/messages';

/** Clipboard where the page may use it; otherwise the selected text is copied the old way. */
function SnippetField({ label, code }: { label: string; code: string }) {
  const lang = useViewStore((s) => s.lang);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={4} value={code} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className="button button-small"
        onClick={() => void copyToClipboard(code, field.current).then(setCopied)}
      >
        {t(lang, 'copyCode')}
      </button>
      <span role="status" className="copy-status">
        {copied ? t(lang, 'copied') : ''}
      </span>
    </div>
  );
}

/** The share control's own texts (kept here: only this control uses them). */
const TEXT = {
  vi: {
    width: 'Độ rộng cột bài viết',
    narrow: 'Mọi độ rộng, cả điện thoại (320–375 px)',
    wide: 'Chỉ cột rộng (640–768 px)',
    height: 'chiều cao',
    fixedHint:
      'Trang không cho chạy script (như NukeViet: bộ lọc xoá thẻ <script>): dán mã chiều cao cố định. Biểu đồ co lại vừa khung, không bị cắt.',
  },
  en: {
    width: 'Article column width',
    narrow: 'Any width, phones included (320–375 px)',
    wide: 'Wide columns only (640–768 px)',
    height: 'height',
    fixedHint:
      'Sites that run no scripts (such as NukeViet: its filter removes <script>): paste the fixed-height code. The chart fits the box, nothing is cut off.',
  },
} as const;

type Fit = typeof import('../embed/fit');

/** What a chart's share control is given (ShareEmbed passes it through to this lazy part). */
export interface ShareProps {
  id: string;
  model: ChartModel;
  warnings: CheckResult[];
}

/** The snippets, once the height estimate (src/embed/fit.ts) is in: loaded when the control opens. */
export default function Snippets({ id, model, warnings }: ShareProps) {
  const { lang, theme } = useViewStore();
  const [column, setColumn] = useState<'narrow' | 'wide'>('narrow');
  const [fit, setFit] = useState<Fit>();
  const selectId = useId();
  useEffect(() => {
    let live = true;
    void import('../embed/fit').then((m) => live && setFit(m));
    return () => {
      live = false;
    };
  }, []);
  if (!fit) return <p aria-busy="true">{t(lang, 'loading')}</p>;
  const text = TEXT[lang];
  const chart = {
    title: model.title,
    subtitle: model.subtitle,
    chartHeight: model.height,
    notes: fit.noteSummaries(model.points, warnings, lang),
    locale: lang,
  };
  const heights = fit.columnHeights(fit.heightsAt((w) => fit.chartEmbedHeight(chart, w)));
  const input: SnippetInput = {
    id,
    title: model.title,
    base: new URL('./', document.baseURI).href,
    lang,
    theme,
    // An embed always names its edition, so a later report never changes an article's chart.
    edition: currentEdition()?.id,
    height: heights[column],
  };
  return (
    <>
      <div className="snippet">
        <label htmlFor={selectId}>{text.width}</label>
        <select id={selectId} value={column} onChange={(e) => setColumn(e.target.value as 'narrow' | 'wide')}>
          <option value="narrow">{`${text.narrow}: ${text.height} ${heights.narrow} px`}</option>
          <option value="wide">{`${text.wide}: ${text.height} ${heights.wide} px`}</option>
        </select>
      </div>
      <SnippetField label={t(lang, 'embedResponsive')} code={responsiveSnippet(input)} />
      <SnippetField label={t(lang, 'embedFixed')} code={fixedSnippet(input)} />
      <p className="snippet-hint">{text.fixedHint}</p>
    </>
  );
}

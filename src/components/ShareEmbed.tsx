import { useId, useRef, useState } from 'react';
import { useViewStore } from '../app/store';
import type { ChartModel } from '../charts/model';
import type { CheckResult } from '../data/checks';
import {
  anyWidthHeight,
  chartEmbedHeight,
  heightsAt,
  noteSummaries,
  type SuggestedHeights,
} from '../embed/fit';
import { fixedSnippet, responsiveSnippet, type SnippetInput } from '../embed/snippet';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';

/** Clipboard where the page may use it; otherwise the selected text is copied the old way. */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

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
        onClick={() => void copyText(code, field.current).then(setCopied)}
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

/** Heights for the two column choices: any width from 320 px, or wide columns only. */
export function columnHeights(h: SuggestedHeights): { narrow: number; wide: number } {
  return { narrow: anyWidthHeight(h), wide: Math.max(h['640'], h['768']) };
}

/** Copy-paste HTML that puts this chart into an article of the news site. */
export function ShareEmbed({
  id,
  model,
  warnings,
}: {
  id: string;
  model: ChartModel;
  warnings: CheckResult[];
}) {
  const { lang, theme } = useViewStore();
  const [column, setColumn] = useState<'narrow' | 'wide'>('narrow');
  const selectId = useId();
  const text = TEXT[lang];
  return (
    <Disclosure className="share-embed" summary={t(lang, 'share')}>
      {() => {
        const fit = {
          title: model.title,
          subtitle: model.subtitle,
          chartHeight: model.height,
          notes: noteSummaries(model.points, warnings, lang),
          locale: lang,
        };
        const heights = columnHeights(heightsAt((w) => chartEmbedHeight(fit, w)));
        const input: SnippetInput = {
          id,
          title: model.title,
          base: new URL('./', document.baseURI).href,
          lang,
          theme,
          height: heights[column],
        };
        return (
          <>
            <div className="snippet">
              <label htmlFor={selectId}>{text.width}</label>
              <select
                id={selectId}
                value={column}
                onChange={(e) => setColumn(e.target.value as 'narrow' | 'wide')}
              >
                <option value="narrow">{`${text.narrow}: ${text.height} ${heights.narrow} px`}</option>
                <option value="wide">{`${text.wide}: ${text.height} ${heights.wide} px`}</option>
              </select>
            </div>
            <SnippetField label={t(lang, 'embedResponsive')} code={responsiveSnippet(input)} />
            <SnippetField label={t(lang, 'embedFixed')} code={fixedSnippet(input)} />
            <p className="snippet-hint">{text.fixedHint}</p>
          </>
        );
      }}
    </Disclosure>
  );
}

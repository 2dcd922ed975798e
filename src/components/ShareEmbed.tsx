import { useId, useRef, useState } from 'react';
import { useViewStore } from '../app/store';
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

/** Copy-paste HTML that puts this chart into an article of the news site. */
export function ShareEmbed({ id, title, height }: { id: string; title: string; height: number }) {
  const { lang, theme } = useViewStore();
  const input: SnippetInput = {
    id,
    title,
    base: new URL('./', document.baseURI).href,
    lang,
    theme,
    height,
  };
  return (
    <Disclosure className="share-embed" summary={t(lang, 'share')}>
      {() => (
        <>
          <SnippetField label={t(lang, 'embedResponsive')} code={responsiveSnippet(input)} />
          <SnippetField label={t(lang, 'embedFixed')} code={fixedSnippet(input)} />
        </>
      )}
    </Disclosure>
  );
}

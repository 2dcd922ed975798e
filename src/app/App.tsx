import { useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { EditionSlot } from '../components/EditionSlot';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { BoundaryFallback } from '../components/ErrorPanel';
import { SectionPage } from '../features/dashboard/SectionPage';
import { ReportTools } from '../features/export/ReportTools';
import { presentHref } from '../features/present/slides';
import { t } from '../i18n/messages';
import { SECTIONS } from '../data/sections';
import { useViewStore, type ThemeChoice } from '../state/store';
import { dashboardLink } from '../api/page';
import { setHydrating } from '../components/hydration';
import { revealCurrent } from '../components/revealCurrent';
import { useResolvedTheme } from '../components/useResolvedTheme';

/** A plain click on a link the app shows itself; with a modifier key it goes where the browser sends it. */
function followInApp(e: MouseEvent, show: () => void): void {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  show();
}

export function App() {
  const { section, lang, theme, edition, setSection, setLang, setTheme } = useViewStore();
  const resolved = useResolvedTheme(theme);
  const navList = useRef<HTMLUListElement>(null);
  // The section shown, in view in the nav (and again in the other language, whose names are longer).
  useLayoutEffect(() => revealCurrent(navList.current), [section, lang]);

  // When the dashboard has been taken over (npm run bench reads it: a built page's charts may stay SVG).
  useEffect(() => {
    setHydrating(false);
    performance.mark?.('dashboard-ready');
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = resolved;
    document.title = `${SECTIONS.find((s) => s.id === section)!.title[lang]} · ${t(lang, 'appTitle')}`;
  }, [lang, resolved, section, theme]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t(lang, 'skipToContent')}
      </a>
      <header className="app-header">
        <div className="title-block">
          <h1>{t(lang, 'appTitle')}</h1>
          <p className="app-subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        <div className="controls">
          {/* Links, not buttons: a page built in advance switches language before its scripts run, or
              without them, and either language opens in a new tab. */}
          <div role="group" aria-label={t(lang, 'language')} className="segmented">
            {(['vi', 'en'] as const).map((l) => (
              <a
                key={l}
                lang={l}
                hrefLang={l}
                href={dashboardLink({ section, lang: l, theme, edition })}
                aria-current={lang === l ? 'page' : undefined}
                onClick={(e) => followInApp(e, () => setLang(l))}
              >
                {l === 'vi' ? 'Tiếng Việt' : 'English'}
              </a>
            ))}
          </div>
          <label className="theme-select">
            <span>{t(lang, 'theme')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              <option value="system">{t(lang, 'themeSystem')}</option>
              <option value="light">{t(lang, 'themeLight')}</option>
              <option value="dark">{t(lang, 'themeDark')}</option>
            </select>
          </label>
          {/* A full page load: the deck is a different page of the same app (see app/main.tsx). */}
          <a className="button" href={presentHref({ section, lang, theme, edition })}>
            {t(lang, 'present')}
          </a>
        </div>
        <EditionSlot view={{ section, lang, theme, edition }} />
      </header>
      <nav aria-label={t(lang, 'sectionsNav')} className="section-nav">
        <ul ref={navList}>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={dashboardLink({ section: s.id, lang, theme, edition })}
                aria-current={s.id === section ? 'page' : undefined}
                onClick={(e) =>
                  followInApp(e, () => {
                    setSection(s.id);
                    window.scrollTo({ top: 0 });
                  })
                }
              >
                {s.title[lang]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary
          key={section}
          fallback={(error, reset) => <BoundaryFallback error={error} reset={reset} />}
        >
          <SectionPage section={section} />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t(lang, 'sourceLine')}</p>
        <ReportTools />
      </footer>
    </>
  );
}

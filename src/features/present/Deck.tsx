/**
 * `?present`: the report as a slide deck for a projector, a presenter with a clicker, or a screen left
 * running in a hall (`&auto=S`). Loaded only when the URL asks for it (see app/main.tsx).
 *
 * The URL follows the presenter with history.replaceState, not pushState: a deck clicked through 24
 * slides (or a kiosk advancing all day) would otherwise bury the page before it under thousands of
 * history entries, and Back should leave the deck, not step through it. Reloading or sharing the
 * address still returns to the same slide.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useDatasets } from '../../api/useDatasets';
import { useChartDefs, useChartsFile } from '../../api/useChartDefs';
import { useViewStore } from '../../state/store';
import type { ChartDef } from '../../charts/model';
import { projectorPalette } from '../../charts/palettes';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { BoundaryFallback, ErrorPanel } from '../../components/ErrorPanel';
import { DATASET_IDS, type DatasetId, type Locale } from '../../data/schema';
import { t } from '../../i18n/messages';
import { dt } from './text';
import { advance, interact, next, onKey, prev, togglePause, type NavState } from './nav';
import {
  buildSlides,
  dashboardHref,
  kpisOf,
  readDeckParams,
  slideAt,
  withSlide,
  type SlideSpec,
} from './slides';
import { ChartSlide, KpiSlide, SourcesSlide, TitleSlide } from './SlideViews';
import './present.css';

/**
 * Sizes are designed at 1024×768 (1 unit = 1 px there) and grow with the screen, limited by the
 * shorter side so nothing is cut off at 4:3 or 16:9. On a phone the floor keeps text readable.
 */
export function unitFor(width: number, height: number): number {
  return Math.max(0.78, Math.floor(Math.min(width / 1024, height / 768) * 100) / 100);
}

const subscribeResize = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};
const currentUnit = () => unitFor(window.innerWidth, window.innerHeight);

function useViewportUnit(): number {
  return useSyncExternalStore(subscribeResize, currentUnit, () => 1);
}

/** Mouse still for this long: the on-screen buttons and the pointer fade away. */
const IDLE_MS = 2500;
/** A horizontal swipe of at least this many px turns the slide. */
const SWIPE_PX = 50;

type DeckStore = StoreApi<NavState>;

function toggleFullscreen() {
  // Refused outside a user gesture or by the embedding page: the deck simply stays in the window.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function leave(slides: readonly SlideSpec[], slide: number) {
  location.assign(dashboardHref(location.search, slides, slide));
}

/** Keys, the clicker, the URL and the window title follow the deck's state. */
function useDeckControls(store: DeckStore, lang: Locale, slides: readonly SlideSpec[]) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // Browser shortcuts (reload, back, zoom) stay the browser's.
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      // A focused on-screen button activates itself with Enter or Space.
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a')) return;
      const result = onKey(store.getState(), e.key);
      if (result.handled) e.preventDefault();
      store.setState(result.state, true);
      if (result.effect === 'fullscreen') toggleFullscreen();
      if (result.effect === 'exit') leave(slides, result.state.slide);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, slides]);

  useEffect(() => {
    const sync = (slide: number) => {
      const search = withSlide(location.search, slide);
      if (search !== location.search)
        history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    };
    sync(store.getState().slide);
    return store.subscribe((s, before) => s.slide !== before.slide && sync(s.slide));
  }, [store]);

  const slide = useStore(store, (s) => s.slide);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${slide} / ${slides.length} · ${t(lang, 'present')} · ${t(lang, 'appTitle')}`;
  }, [lang, slide, slides.length]);
}

/** Swipes on touch screens; any press or tap counts as taking over from the kiosk. */
function usePointer(store: DeckStore) {
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    let timer: number | undefined;
    let start: { x: number; y: number; id: number } | undefined;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && (e.movementX !== 0 || e.movementY !== 0)) wake();
    };
    const onDown = (e: PointerEvent) => {
      wake();
      if (!(e.target as HTMLElement | null)?.closest('[data-kiosk-toggle]'))
        store.setState(interact(store.getState()), true);
      if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const onUp = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = undefined;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) {
        const s = store.getState();
        store.setState(dx < 0 ? next(s) : prev(s), true);
      }
    };
    const onCancel = () => (start = undefined);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, [store]);
  return idle;
}

/**
 * The kiosk's clock for one slide: mounted afresh for every slide and on every resume, so a resumed
 * deck gives the slide its full time again. Shows whole seconds left and a thin bar.
 */
function KioskClock({ seconds, onDone, lang }: { seconds: number; onDone: () => void; lang: Locale }) {
  const [left, setLeft] = useState(Math.ceil(seconds));
  useEffect(() => {
    const end = performance.now() + seconds * 1000;
    const done = window.setTimeout(onDone, seconds * 1000);
    // Only the number changes, once a second; React skips renders when it has not.
    const tick = window.setInterval(
      () => setLeft(Math.max(0, Math.ceil((end - performance.now()) / 1000))),
      250,
    );
    return () => {
      window.clearTimeout(done);
      window.clearInterval(tick);
    };
  }, [seconds, onDone]);
  return (
    <>
      <span className="kiosk-left">{dt(lang, 'presentNextIn', { s: left })}</span>
      <span className="kiosk-bar" style={{ animationDuration: `${seconds}s` }} aria-hidden="true" />
    </>
  );
}

function Slide({
  n,
  lang,
  unit,
  slides,
  defs,
}: {
  n: number;
  lang: Locale;
  unit: number;
  slides: readonly SlideSpec[];
  defs: readonly ChartDef[];
}) {
  const headingId = useId();
  const spec = slideAt(slides, n);
  const def = spec.kind === 'chart' ? defs.find((c) => c.id === spec.chartId) : undefined;
  // A slide waits only for its own files: a broken dataset stops its own slides, not the deck.
  const needed = useMemo<readonly DatasetId[]>(
    () =>
      def
        ? def.datasets
        : spec.kind === 'kpis'
          ? [...new Set(kpisOf(spec.group).map(([ds]) => ds))]
          : DATASET_IDS,
    [def, spec],
  );
  const { data, errors, retry } = useDatasets(needed);
  const palette = useMemo(() => projectorPalette(unit), [unit]);

  let body;
  if (spec.kind === 'title') body = <TitleSlide headingId={headingId} data={data} locale={lang} />;
  else if (errors.length) body = <ErrorPanel errors={errors} onRetry={retry} />;
  else if (!data)
    body = (
      <h1 id={headingId} className="slide-headline" aria-busy="true">
        {dt(lang, 'presentLoadingSlide')}
      </h1>
    );
  else if (spec.kind === 'kpis')
    body = <KpiSlide headingId={headingId} group={spec.group} data={data} locale={lang} />;
  else if (spec.kind === 'chart' && def)
    body = <ChartSlide headingId={headingId} def={def} data={data} locale={lang} palette={palette} />;
  else body = <SourcesSlide headingId={headingId} data={data} locale={lang} />;

  return (
    <section
      className={`slide slide-${spec.kind}`}
      aria-roledescription={dt(lang, 'presentSlide')}
      aria-labelledby={headingId}
      data-slide={n}
    >
      {body}
    </section>
  );
}

/** The running order comes from the report's structure (charts.json): the deck waits for it. */
export default function Deck() {
  const lang = useViewStore((s) => s.lang);
  const file = useChartsFile();
  const defs = useChartDefs('all');
  const slides = useMemo(() => (file.data ? buildSlides(file.data) : undefined), [file.data]);
  const error = file.error ?? defs.error;
  if (error)
    return (
      <div className="deck">
        <main className="deck-main">
          <BoundaryFallback error={error} reset={() => void file.refetch().then(() => defs.refetch())} />
        </main>
      </div>
    );
  if (!slides || !defs.data)
    return (
      <div className="deck">
        <main className="deck-main">
          <h1 className="slide-headline" aria-busy="true">
            {dt(lang, 'presentLoadingSlide')}
          </h1>
        </main>
      </div>
    );
  return <DeckView slides={slides} defs={defs.data} />;
}

function DeckView({ slides, defs }: { slides: readonly SlideSpec[]; defs: readonly ChartDef[] }) {
  const lang = useViewStore((s) => s.lang);
  // Read once: from here on the deck owns the URL.
  const [{ slide, auto }] = useState(() => readDeckParams(location.search, slides));
  const [store] = useState(() =>
    createStore<NavState>(() => ({
      slide,
      count: slides.length,
      digits: '',
      blank: false,
      auto: auto !== null,
      paused: false,
    })),
  );
  const nav = useStore(store);
  const unit = useViewportUnit();
  const idle = usePointer(store);
  useDeckControls(store, lang, slides);

  const step = useCallback(
    (f: (s: NavState) => NavState) => store.setState(f(store.getState()), true),
    [store],
  );
  const onKioskDone = useCallback(() => step(advance), [step]);
  // A mouse click leaves focus on the button; the clicker's Space must not press it again.
  const blurAfterClick = (e: MouseEvent<HTMLButtonElement>) => e.detail > 0 && e.currentTarget.blur();

  return (
    <div className="deck" data-idle={idle || undefined} style={{ '--u': `${unit}px` } as CSSProperties}>
      <main className="deck-main" aria-label={dt(lang, 'presentDeck')}>
        {/* Only the current slide is mounted: a chart that leaves the screen is disposed. */}
        <ErrorBoundary
          key={nav.slide}
          fallback={(error, reset) => <BoundaryFallback error={error} reset={reset} />}
        >
          <Slide n={nav.slide} lang={lang} unit={unit} slides={slides} defs={defs} />
        </ErrorBoundary>
        <button
          type="button"
          className="deck-nav deck-prev"
          aria-label={dt(lang, 'presentPrev')}
          disabled={nav.slide <= 1}
          onClick={(e) => {
            step(prev);
            blurAfterClick(e);
          }}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          className="deck-nav deck-next"
          aria-label={dt(lang, 'presentNext')}
          disabled={nav.slide >= nav.count}
          onClick={(e) => {
            step(next);
            blurAfterClick(e);
          }}
        >
          <span aria-hidden="true">›</span>
        </button>
      </main>
      <footer className="deck-bar">
        <p className="deck-source">{t(lang, 'sourceLine')}</p>
        {auto !== null && (
          <button
            type="button"
            className="kiosk"
            data-kiosk-toggle=""
            aria-label={dt(lang, nav.paused ? 'presentResume' : 'presentPause')}
            aria-pressed={nav.paused}
            onClick={(e) => {
              step(togglePause);
              blurAfterClick(e);
            }}
          >
            {nav.paused ? (
              <span className="kiosk-paused">{dt(lang, 'presentPaused')}</span>
            ) : (
              <KioskClock key={nav.slide} seconds={auto} onDone={onKioskDone} lang={lang} />
            )}
          </button>
        )}
        {nav.digits && (
          <p className="deck-goto" role="status">
            {dt(lang, 'presentGoto', { n: nav.digits })}
          </p>
        )}
        <p className="deck-counter" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">
            {dt(lang, 'presentSlideOf', { n: nav.slide, count: nav.count })}
          </span>
          <span aria-hidden="true">
            {nav.slide} / {nav.count}
          </span>
        </p>
      </footer>
      {nav.blank && (
        <div className="deck-blank" role="status">
          <span className="visually-hidden">{dt(lang, 'presentBlank')}</span>
        </div>
      )}
    </div>
  );
}

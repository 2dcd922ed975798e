/**
 * What each key does to the deck, as a pure function of the deck's state: the browser tests press
 * the keys, the unit tests check the rules (no timers involved), and the component only applies the
 * result and its side effect (full screen, leaving the deck).
 */
export interface NavState {
  /** 1-based. */
  slide: number;
  count: number;
  /** Digits typed so far for "number then Enter". */
  digits: string;
  blank: boolean;
  /** Kiosk mode is on (`&auto=S`). */
  auto: boolean;
  paused: boolean;
}

export type NavEffect = 'fullscreen' | 'exit';

export interface KeyResult {
  state: NavState;
  effect?: NavEffect;
  /** The deck used the key: the browser's own action (scrolling, button activation) is prevented. */
  handled: boolean;
}

/** Presentation clickers send PageDown/PageUp or arrows; keyboards add Space, Enter, Backspace. */
export const NEXT_KEYS: readonly string[] = ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown'];
export const PREV_KEYS: readonly string[] = ['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp'];
const BLANK_KEYS: readonly string[] = ['b', 'B', '.'];
const MODIFIERS: readonly string[] = ['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'];
/** Enough for any slide number; more digits are a slip of the finger. */
const MAX_DIGITS = 3;

const clamp = (s: NavState, n: number) => Math.min(s.count, Math.max(1, n));

export const goTo = (s: NavState, n: number): NavState => ({ ...s, slide: clamp(s, n), digits: '' });
export const next = (s: NavState): NavState => goTo(s, s.slide + 1);
export const prev = (s: NavState): NavState => goTo(s, s.slide - 1);

/** Kiosk step: after the last slide comes the first again. */
export const advance = (s: NavState): NavState => goTo(s, s.slide >= s.count ? 1 : s.slide + 1);

/** A click, a tap or a swipe takes the deck out of the kiosk's hands. */
export const interact = (s: NavState): NavState => (s.auto && !s.paused ? { ...s, paused: true } : s);

export const togglePause = (s: NavState): NavState => (s.auto ? { ...s, paused: !s.paused } : s);

export function onKey(s: NavState, key: string): KeyResult {
  if (MODIFIERS.includes(key)) return { state: s, handled: false };
  // Black screen: any key only brings the slide back, so nothing moves behind the presenter's back.
  if (s.blank) return { state: { ...s, blank: false }, handled: true };
  if (key === 'p' || key === 'P') return { state: togglePause(s), handled: s.auto };
  const state = interact(s);
  if (/^[0-9]$/.test(key))
    return { state: { ...state, digits: (state.digits + key).slice(0, MAX_DIGITS) }, handled: true };
  if (key === 'Enter' && state.digits)
    return { state: goTo(state, Number.parseInt(state.digits, 10)), handled: true };
  if (key === 'Backspace' && state.digits)
    return { state: { ...state, digits: state.digits.slice(0, -1) }, handled: true };
  if (NEXT_KEYS.includes(key)) return { state: next(state), handled: true };
  if (PREV_KEYS.includes(key)) return { state: prev(state), handled: true };
  if (key === 'Home') return { state: goTo(state, 1), handled: true };
  if (key === 'End') return { state: goTo(state, state.count), handled: true };
  if (BLANK_KEYS.includes(key)) return { state: { ...state, blank: true, digits: '' }, handled: true };
  if (key === 'f' || key === 'F')
    return { state: { ...state, digits: '' }, effect: 'fullscreen', handled: true };
  if (key === 'Escape')
    // A half-typed number is cancelled first; the next Esc leaves.
    return state.digits
      ? { state: { ...state, digits: '' }, handled: true }
      : { state, effect: 'exit', handled: true };
  return { state, handled: false };
}

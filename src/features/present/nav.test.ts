import { describe, expect, it } from 'vitest';
import { advance, interact, NEXT_KEYS, onKey, PREV_KEYS, togglePause, type NavState } from './nav';

const state = (over: Partial<NavState> = {}): NavState => ({
  slide: 5,
  count: 25,
  digits: '',
  blank: false,
  auto: false,
  paused: false,
  ...over,
});

/** Presses keys in order and returns the final state and the last effect. */
function press(s: NavState, ...keys: string[]) {
  let effect: string | undefined;
  for (const k of keys) {
    const r = onKey(s, k);
    s = r.state;
    effect = r.effect;
  }
  return { s, effect };
}

describe('keys', () => {
  it.each(NEXT_KEYS)('%j goes to the next slide', (key) => {
    expect(onKey(state(), key)).toMatchObject({ state: { slide: 6 }, handled: true });
  });

  it.each(PREV_KEYS)('%j goes to the previous slide', (key) => {
    expect(onKey(state(), key)).toMatchObject({ state: { slide: 4 }, handled: true });
  });

  it('stops at both ends instead of wrapping', () => {
    expect(onKey(state({ slide: 25 }), 'PageDown').state.slide).toBe(25);
    expect(onKey(state({ slide: 1 }), 'PageUp').state.slide).toBe(1);
  });

  it('Home and End go to the first and last slide', () => {
    expect(onKey(state(), 'Home').state.slide).toBe(1);
    expect(onKey(state(), 'End').state.slide).toBe(25);
  });

  it.each([
    [['1', '2', 'Enter'], 12],
    [['9', '9', 'Enter'], 25],
    [['0', 'Enter'], 1],
    [['1', '2', 'Backspace', 'Enter'], 1],
    [['2', '0', '0', '0', '0', 'Enter'], 25],
  ])('typing %j jumps to slide %i', (keys, slide) => {
    const { s } = press(state(), ...keys);
    expect(s.slide).toBe(slide);
    expect(s.digits).toBe('');
  });

  it('a navigation key drops a half-typed number; Esc cancels it before it leaves', () => {
    expect(press(state(), '1', 'ArrowRight').s).toMatchObject({ slide: 6, digits: '' });
    expect(press(state(), '1', 'Escape')).toEqual({ s: state(), effect: undefined });
    expect(press(state(), 'Escape').effect).toBe('exit');
  });

  it.each(['b', 'B', '.'])('%j blanks the screen; any key then only brings it back', (key) => {
    const blank = onKey(state(), key).state;
    expect(blank.blank).toBe(true);
    for (const k of ['ArrowRight', 'Escape', 'x', key, 'f']) {
      const r = onKey(blank, k);
      expect(r.state).toEqual({ ...blank, blank: false });
      expect(r.effect).toBeUndefined();
    }
  });

  it.each(['f', 'F'])('%j asks for full screen without moving', (key) => {
    expect(onKey(state(), key)).toMatchObject({ state: { slide: 5 }, effect: 'fullscreen', handled: true });
  });

  it('ignores modifier keys on their own and leaves unknown keys to the browser', () => {
    expect(onKey(state({ auto: true }), 'Shift')).toEqual({ state: state({ auto: true }), handled: false });
    expect(onKey(state(), 'Tab')).toEqual({ state: state(), handled: false });
  });
});

describe('kiosk', () => {
  it('advances and loops from the last slide to the first', () => {
    expect(advance(state()).slide).toBe(6);
    expect(advance(state({ slide: 25 })).slide).toBe(1);
  });

  it('any key but P pauses it; P toggles', () => {
    const running = state({ auto: true });
    expect(onKey(running, 'ArrowRight').state).toMatchObject({ slide: 6, paused: true });
    expect(onKey(running, 'Tab').state.paused).toBe(true);
    expect(onKey(running, 'p')).toMatchObject({ state: { slide: 5, paused: true }, handled: true });
    expect(onKey(state({ auto: true, paused: true }), 'P').state.paused).toBe(false);
    expect(togglePause(running).paused).toBe(true);
  });

  it('a click or tap pauses it; without kiosk mode nothing changes', () => {
    expect(interact(state({ auto: true })).paused).toBe(true);
    expect(interact(state())).toEqual(state());
    expect(onKey(state(), 'p')).toEqual({ state: state(), handled: false });
  });
});

/**
 * jsdom has no ResizeObserver. Code that only needs one to exist (a chart's mount observes its box)
 * gets one that never reports; a test about resizing installs its own that does.
 */
export function installInertResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

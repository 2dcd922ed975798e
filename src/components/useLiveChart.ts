/**
 * When a built chart needs its live one. The SVG a page was built with is the chart, complete; the
 * chart code (ECharts, about 180 kB) is needed only for what the SVG cannot do: a tooltip when the
 * reader points at or touches the chart, and a box of another width than the SVG was drawn for (a
 * wide screen, a rotated phone). Until then the page spends no time on ECharts.
 */
import { useEffect, useState, type RefObject } from 'react';
import { builtFits } from './chartSvg';

export type Wake = false | 'use' | 'size';

export function useLiveChart(box: RefObject<HTMLElement | null>, built: boolean): Wake | true {
  const [wake, setWake] = useState<Wake>(false);
  useEffect(() => {
    const el = box.current;
    if (!built || wake || !el) return;
    const events = ['pointerenter', 'touchstart', 'focusin'] as const;
    const onUse = () => setWake('use');
    events.forEach((e) => el.addEventListener(e, onUse, { passive: true }));
    const observer = new ResizeObserver(([entry]) => {
      if (entry && !builtFits(entry.contentRect.width)) setWake('size');
    });
    observer.observe(el);
    return () => {
      events.forEach((e) => el.removeEventListener(e, onUse));
      observer.disconnect();
    };
  }, [box, built, wake]);
  return built ? wake : true;
}

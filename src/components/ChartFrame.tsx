/**
 * The box every chart of the dashboard is drawn in: the accessible image with the option's
 * description, its height reserved, and the chart built at build time (if the page has one) until the
 * live chart has drawn over it. The same markup before and after the chart code arrives, so nothing
 * moves when it does.
 */
import type { ReactNode, Ref } from 'react';
import { chartDescription } from '../charts/echarts/loader';
import type { ChartOption } from '../charts/model';
import { SSR_KEY_ATTRIBUTE } from './chartSvg';

export function ChartFrame({
  option,
  label,
  height,
  svg,
  ssrKey,
  boxRef,
  children,
}: {
  option: ChartOption;
  label: string;
  height: number;
  /** The built chart's markup, while the live one has not drawn yet. */
  svg?: string;
  ssrKey?: string;
  boxRef?: Ref<HTMLDivElement>;
  children?: ReactNode;
}) {
  return (
    <div
      ref={boxRef}
      role="img"
      aria-label={chartDescription(option, label)}
      className="echart"
      style={{ minHeight: height }}
    >
      {svg !== undefined && (
        <div
          className="echart-ssr"
          aria-hidden="true"
          {...{ [SSR_KEY_ATTRIBUTE]: ssrKey }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      {children}
    </div>
  );
}

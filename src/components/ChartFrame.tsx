/**
 * The box every chart of the dashboard is drawn in: the accessible image with the option's
 * description, its height reserved, and the chart built at build time (if the page has one) until the
 * live chart has drawn over it. The same markup before and after the chart code arrives, so nothing
 * moves when it does.
 */
import type { CSSProperties, ReactNode, Ref } from 'react';
import { chartDescription } from '../charts/description';
import type { ChartOption } from '../charts/model';
import { SSR_KEY_ATTRIBUTE } from './chartSvg';

export function ChartFrame({
  option,
  label,
  height,
  svg,
  chartId,
  boxRef,
  fill,
  className,
  style,
  preferredHeight,
  children,
}: {
  option: ChartOption;
  label: string;
  /** A fixed height (a dashboard card), or `fill`: as much as the slide leaves it (the deck). */
  height?: number;
  fill?: { className: string };
  /** The built chart's markup, while the live one has not drawn yet. */
  svg?: string;
  /** Names the built SVG in the page (a dashboard's), and a slide's box. */
  chartId?: string;
  boxRef?: Ref<HTMLDivElement>;
  /** Added to `echart`: an embed's box is its page's flexible part (src/embed/embed.css). */
  className?: string;
  /** In place of the reserved height: an embed's box takes the height its frame leaves it. */
  style?: CSSProperties;
  /** Written as data-preferred-height: the height the embed reports to its host (src/embed/host.ts). */
  preferredHeight?: number;
  children?: ReactNode;
}) {
  return (
    <div
      ref={boxRef}
      role="img"
      aria-label={chartDescription(option, label)}
      className={fill ? fill.className : className ? `echart ${className}` : 'echart'}
      data-chart-id={fill ? chartId : undefined}
      style={style ?? (height === undefined ? undefined : { minHeight: height })}
      data-preferred-height={preferredHeight}
    >
      {svg !== undefined && (
        <div
          className="echart-ssr"
          aria-hidden="true"
          {...{ [SSR_KEY_ATTRIBUTE]: chartId }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      {children}
    </div>
  );
}

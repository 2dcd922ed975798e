/**
 * One slide's chart: the dashboard's chart component (components/EChart.tsx, the one owner of
 * ECharts: parts, tooltip on first use, resize, dispose), filling whatever height the slide leaves
 * it. The deck mounts only the current slide, so its instance is disposed with the slide and a deck
 * left running all day does not grow.
 */
import { ChartFrame } from '../../components/ChartFrame';
import { useEChartComponent } from '../../components/lazyEChart';
import type { ChartOption } from '../../charts/model';

export function SlideChart({ id, option, label }: { id: string; option: ChartOption; label: string }) {
  const EChart = useEChartComponent();
  const fill = { className: 'slide-chart' };
  // A module's export, the same function on every render (the rule cannot see through the hook).
  // eslint-disable-next-line react-hooks/static-components
  if (EChart) return <EChart option={option} label={label} chartId={id} fill={fill} />;
  return <ChartFrame option={option} label={label} chartId={id} fill={fill} />;
}

/**
 * What every chart needs to draw: the core, a grid and the canvas renderer. Tooltips are a part of
 * their own, loaded when a reader first points at a chart. ECharts' aria component is not needed:
 * the chart's box is the accessible image and carries the option's description as its name
 * (see chartDescription).
 */
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GridComponent, CanvasRenderer]);

export { echarts };

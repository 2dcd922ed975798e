/** What every chart needs: the core, a grid, tooltips, aria descriptions and the canvas renderer. */
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([AriaComponent, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

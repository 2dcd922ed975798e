export { SVGRenderer as part } from 'echarts/renderers';

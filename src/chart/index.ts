/**
 * `shanxi-industry/chart`: bar and line charts as SVG strings. Pure functions, no DOM, no
 * dependency; they import neither the data nor the catalogues, so labels come from the
 * caller (`label` from the root entry fits `labelOf`).
 *
 * @module shanxi-industry/chart
 */
export { type BarChartOptions, type BarDatum, type BarTotal, barChart } from './bar.js';
export { type LineChartOptions, type LinePoint, type LineSeries, lineChart } from './line.js';
export type { ChartOptions } from './svg.js';

/**
 * Stands in for d3-scale's own tickFormat module in the page bundle (see vite.config.ts): the app
 * never calls `scale.tickFormat()`, since numbers are formatted with Intl for the locale.
 */
export default function tickFormat(): never {
  throw new Error('scale.tickFormat is not bundled: format numbers with Intl.NumberFormat');
}

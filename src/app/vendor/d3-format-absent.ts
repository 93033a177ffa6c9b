/**
 * Stands in for d3-format in the page bundle (see vite.config.ts). d3-scale imports it only for
 * `scale.tickFormat()`, which the app never calls: numbers are formatted with Intl for the locale.
 */
function absent(): never {
  throw new Error('d3-format is not bundled: format numbers with Intl.NumberFormat');
}

export const format = absent;
export const formatPrefix = absent;
export const formatSpecifier = absent;
export const precisionFixed = absent;
export const precisionPrefix = absent;
export const precisionRound = absent;

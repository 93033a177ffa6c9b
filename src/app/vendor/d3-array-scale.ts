/**
 * Stands in for d3-array in the page bundle (see vite.config.ts). d3-scale takes three things
 * from it: tick generation (re-exported unchanged) and `bisect`, which a continuous scale calls
 * only for a domain of more than two values. The page's scales are all two-valued, so a plain
 * bisection replaces d3-array's comparator machinery (about 0.4 KiB gzip).
 */
// @ts-expect-error: d3-array ships no types for its source files
export { default as ticks, tickIncrement, tickStep } from '../../../node_modules/d3-array/src/ticks.js';

/** The index after the last element of sorted `a` that is <= x (d3's bisectRight). */
export function bisect(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const absent = (): never => {
  throw new Error('only linear scales are bundled');
};
// d3-scale's other scales (band, ordinal, quantile, time) import these; the page never creates one.
export { absent as InternMap, absent as ascending, absent as bisector, absent as quantile, absent as quantileSorted, absent as range };

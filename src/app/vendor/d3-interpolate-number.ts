/**
 * Stands in for d3-interpolate in the page bundle (see vite.config.ts). The nomogram's scales map
 * numbers to pixels and nothing else, so d3-scale needs only number interpolation; the full module
 * would bring colour, string and date interpolators (about 6 KiB gzip with d3-format) into the
 * script the first result needs, whose budget is 25 KiB (measured: 30.2 KiB with them).
 */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

export { interpolateNumber as interpolate };

export function interpolateRound(a: number, b: number): (t: number) => number {
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function piecewise(): never {
  throw new Error('piecewise interpolation is not bundled: only number scales are used');
}

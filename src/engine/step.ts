/**
 * Where t falls in a right-continuous step function's ascending `times`: the index of the largest
 * time <= t, -1 ahead of the first, undefined past the last (a table says nothing there and is
 * never extrapolated).
 */
export function stepIndex(times: readonly number[], t: number): number | undefined {
  if (!times.length || t > times[times.length - 1]!) return undefined;
  if (t < times[0]!) return -1;
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The step function's value at t: `before` ahead of the first time, undefined past the last. */
export function stepAt(times: readonly number[], values: readonly number[], t: number, before: number): number | undefined {
  const i = stepIndex(times, t);
  return i === undefined ? undefined : i < 0 ? before : values[i]!;
}

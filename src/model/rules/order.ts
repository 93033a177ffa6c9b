import { show } from '../check.ts';
import type { Fail } from '../declare.ts';

/** Knots, ticks, horizons and baseline times: each strictly above the one before. */
export function increasing(xs: number[], path: string, fail: Fail): void {
  if (xs.some((x, i) => i > 0 && x <= xs[i - 1]!)) fail(path, `must be strictly increasing, got ${show(xs)}`);
}

/** A `[lower, upper]` interval the right way round. */
export function lowerFirst([lower, upper]: [number, number], path: string, fail: Fail): void {
  if (lower > upper) fail(path, `lower must not exceed upper, got ${show([lower, upper])}`);
}

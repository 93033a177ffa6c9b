import type { Fail } from '../declare.ts';

interface Numeric {
  axis: { min: number; max: number };
  step?: number;
  integer?: boolean;
  default?: number;
}

/** A whole-number predictor moves in whole steps between whole ends; its default lies on the axis. */
export function numericRules(p: Numeric, path: string, fail: Fail): void {
  const { min, max } = p.axis;
  if (p.integer && p.step !== undefined && !Number.isInteger(p.step)) {
    fail(`${path}.step`, `a whole-number predictor moves in whole steps, got ${p.step}`);
  }
  if (p.integer && (!Number.isInteger(min) || !Number.isInteger(max))) {
    fail(`${path}.axis`, `a whole-number predictor needs whole-number axis ends, got ${min} to ${max}`);
  }
  if (p.default === undefined) return;
  if (p.default < min || p.default > max) fail(`${path}.default`, `must lie on the axis ${min} to ${max}, got ${p.default}`);
  else if (p.integer && !Number.isInteger(p.default)) fail(`${path}.default`, `must be a whole number, got ${p.default}`);
}

/** rms `rcs()`: k knots give k - 1 coefficients. */
export function splineRules(p: Numeric & { knots: number[]; coefficients: unknown[] }, path: string, fail: Fail): void {
  numericRules(p, path, fail);
  const k = p.knots.length;
  if (p.coefficients.length !== k - 1) {
    fail(`${path}.coefficients`, `a spline with ${k} knots has ${k - 1} coefficients, got ${p.coefficients.length}`);
  }
}

import type { NumericPredictor } from '../model/types.ts';

const MAX_STEPS = 5000;
const FINE_DIVISIONS = 1000;

/**
 * The values a numeric predictor's points range is taken over. rms takes the minimum and maximum
 * of f(x) over the values it is given; a spline can turn between ticks, so use every admissible
 * value (each step) or, without a step, a fine grid, plus the ticks and the knots on the axis.
 */
export function axisGrid(p: NumericPredictor): number[] {
  const { min, max, ticks } = p.axis;
  const step = p.step ?? (p.integer ? 1 : undefined);
  const values: number[] = [];
  const count = step ? Math.floor((max - min) / step + 1e-9) : 0;
  if (step && count <= MAX_STEPS) {
    for (let i = 0; i <= count; i++) values.push(min + i * step);
  } else {
    for (let i = 0; i <= FINE_DIVISIONS; i++) {
      const v = min + ((max - min) * i) / FINE_DIVISIONS;
      values.push(p.integer ? Math.round(v) : v);
    }
  }
  values.push(max, ...ticks);
  if (p.type === 'rcs') values.push(...p.knots.filter((k) => k >= min && k <= max));
  return [...new Set(values)].sort((a, b) => a - b);
}

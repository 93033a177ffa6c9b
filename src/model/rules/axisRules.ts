import type { Fail } from '../declare.ts';

interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** An axis runs upwards, and its labelled ticks lie on it. */
export function axisRules({ min, max, ticks }: Axis, path: string, fail: Fail): void {
  if (min >= max) {
    fail(path, `min must be below max, got min ${min}, max ${max}`);
    return;
  }
  ticks.forEach((t, i) => {
    if (t < min || t > max) fail(`${path}.ticks[${i}]`, `must lie on the axis ${min} to ${max}, got ${t}`);
  });
}

import type { Fail } from '../declare.ts';

/**
 * A baseline table is a step function from time 0, where survival is 1: before a first tabulated
 * time of, say, 90 days it would otherwise be taken as 1, and a median read off it would be wrong.
 */
export function tableRules({ time, survival }: { time: number[]; survival: number[] }, path: string, fail: Fail): void {
  if (time[0] !== 0) fail(`${path}.time[0]`, `the table starts at time 0 (survival 1), got ${time[0]}`);
  if (survival.length !== time.length) fail(`${path}.survival`, `must have one value per time (${time.length}), got ${survival.length}`);
  if (survival[0] !== 1) fail(`${path}.survival[0]`, `survival at time 0 is 1, got ${survival[0]}`);
  survival.forEach((s, i) => {
    if (i > 0 && s > survival[i - 1]!) fail(`${path}.survival[${i}]`, `survival cannot rise over time: ${s} after ${survival[i - 1]}`);
  });
}

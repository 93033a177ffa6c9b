import type { Fail } from '../declare.ts';
import { positiveSemidefinite } from './positiveSemidefinite.ts';

/** A covariance matrix is square over its names, symmetric, and gives no patient a negative variance. */
export function covarianceRules({ names, matrix: m }: { names: string[]; matrix: number[][] }, path: string, fail: Fail): void {
  const n = names.length;
  const at = `${path}.matrix`;
  if (m.length !== n) {
    fail(at, `must be ${n} x ${n} to match ${path}.names, got ${m.length} rows`);
    return;
  }
  let square = true;
  m.forEach((row, i) => {
    if (row.length !== n) square = (fail(`${at}[${i}]`, `must have ${n} columns, got ${row.length}`), false);
  });
  if (!square) return;
  let sound = true;
  for (let i = 0; i < n; i++) {
    if (m[i]![i]! < 0) sound = (fail(`${at}[${i}][${i}]`, `a variance must not be negative, got ${m[i]![i]}`), false);
    for (let j = 0; j < i; j++) {
      const a = m[i]![j]!;
      const b = m[j]![i]!;
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) {
        sound = (fail(`${at}[${i}][${j}]`, `must equal ${at}[${j}][${i}] (the matrix is symmetric), got ${a} and ${b}`), false);
      }
    }
  }
  if (sound && !positiveSemidefinite(m)) {
    fail(at, 'is not positive semidefinite, so it cannot be a covariance matrix (some patient would get a negative variance)');
  }
}

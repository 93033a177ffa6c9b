/**
 * Whether a symmetric matrix is positive semidefinite: otherwise some patient's variance comes out
 * negative, and an interval would collapse to the estimate. Checked by a Cholesky factorisation
 * that tolerates zero pivots (a column that is a combination of others).
 */
export function positiveSemidefinite(m: number[][]): boolean {
  const n = m.length;
  const tol = 1e-10 * Math.max(...m.map((row, i) => Math.abs(row[i]!)), Number.MIN_VALUE);
  const l = m.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = m[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2;
    if (d < -tol) return false;
    const root = d > tol ? Math.sqrt(d) : 0;
    l[j]![j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = m[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (root === 0) {
        if (Math.abs(s) > Math.sqrt(tol)) return false;
      } else l[i]![j] = s / root;
    }
  }
  return true;
}

/**
 * Restricted cubic spline basis in Harrell's parametrisation (rms `rcs()`, `rcspline.eval` with
 * `norm = 2`): the linear term x, then k - 2 nonlinear terms, each divided by (t_k - t_1)^2.
 */
export function rcsBasis(x: number, knots: readonly number[]): number[] {
  const k = knots.length;
  const first = knots[0]!;
  const last = knots[k - 1]!;
  const penultimate = knots[k - 2]!;
  const norm = (last - first) ** 2;
  const cube = (u: number) => (u > 0 ? u * u * u : 0);
  const basis = [x];
  for (let j = 0; j < k - 2; j++) {
    const t = knots[j]!;
    basis.push(
      (cube(x - t) -
        (cube(x - penultimate) * (last - t)) / (last - penultimate) +
        (cube(x - last) * (penultimate - t)) / (last - penultimate)) /
        norm,
    );
  }
  return basis;
}

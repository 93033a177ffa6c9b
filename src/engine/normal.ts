/**
 * Tail areas of the standard normal distribution to about 1e-15 relative, for the log-normal
 * survival model. Both tails are computed directly, so a survival near 1 or near 0 keeps its
 * digits (1 - Phi(w) would lose them).
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(z) for z >= 0: a series without cancellation below 3, a continued fraction above. */
function erfcPositive(z: number): number {
  if (z < 3) {
    // erf(z) = 2/sqrt(pi) exp(-z^2) sum 2^n z^(2n+1) / (1*3*...*(2n+1)): every term positive.
    let term = z;
    let sum = z;
    for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
    }
    return 1 - ((2 / SQRT_PI) * Math.exp(-z * z) * sum);
  }
  // erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))), by Lentz's method.
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = z + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = z + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / SQRT_PI / f;
}

/** P(Z <= x) for a standard normal Z. */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const tail = erfcPositive(z) / 2;
  return x < 0 ? tail : 1 - tail;
}

/** P(Z > x) for a standard normal Z, accurate where it is tiny. */
export function normalUpperTail(x: number): number {
  return normalCdf(-x);
}

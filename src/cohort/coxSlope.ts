/** A one-covariate Cox fit: the coefficient, its standard error and the Newton iterations used. */
export interface CoxFit {
  beta: number;
  se: number;
  iterations: number;
}

interface Step {
  loglik: number;
  score: number;
  information: number;
}

/**
 * Partial log-likelihood, score and information of `coxph(Surv(time, status) ~ x)` at beta, with
 * Efron's handling of tied event times (coxph's default). `order` sorts the rows by time,
 * longest first, so that risk sets grow as the loop walks back in time.
 */
function efron(time: ArrayLike<number>, status: ArrayLike<number>, x: Float64Array, order: number[], beta: number): Step {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let loglik = 0;
  let score = 0;
  let information = 0;
  const n = order.length;
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && time[order[end]!] === time[order[start]!]) end++;
    let d = 0;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    for (let k = start; k < end; k++) {
      const i = order[k]!;
      const w = Math.exp(beta * x[i]!);
      s0 += w;
      s1 += w * x[i]!;
      s2 += w * x[i]! * x[i]!;
      if (status[i] !== 0) {
        d++;
        d0 += w;
        d1 += w * x[i]!;
        d2 += w * x[i]! * x[i]!;
        loglik += beta * x[i]!;
        score += x[i]!;
      }
    }
    for (let k = 0; k < d; k++) {
      const f = k / d;
      const a0 = s0 - f * d0;
      const mean = (s1 - f * d1) / a0;
      loglik -= Math.log(a0);
      score -= mean;
      information += (s2 - f * d2) / a0 - mean * mean;
    }
    start = end;
  }
  return { loglik, score, information };
}

/**
 * The coefficient of x in `coxph(Surv(time, status) ~ x)` (Efron ties), by Newton-Raphson from 0
 * with step halving when the likelihood falls, as coxph does, iterated until the step is below
 * 1e-12. x is centred first, which leaves the coefficient unchanged and keeps exp() in range.
 * Undefined (null) when the likelihood has no maximum, e.g. every event in the highest x.
 */
export function coxSlope(time: ArrayLike<number>, status: ArrayLike<number>, xs: ArrayLike<number>): CoxFit | null {
  const n = time.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += xs[i]!;
  mean /= n;
  const x = Float64Array.from({ length: n }, (_, i) => xs[i]! - mean);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[b]! - time[a]!);
  let beta = 0;
  let at = efron(time, status, x, order, beta);
  for (let iterations = 1; iterations <= 100; iterations++) {
    if (!(at.information > 0)) return null;
    let step = at.score / at.information;
    let next = efron(time, status, x, order, beta + step);
    for (let halving = 0; halving < 30 && !(next.loglik >= at.loglik); halving++) {
      step /= 2;
      next = efron(time, status, x, order, beta + step);
    }
    beta += step;
    at = next;
    if (Math.abs(step) < 1e-12 * Math.max(1, Math.abs(beta))) {
      return at.information > 0 ? { beta, se: 1 / Math.sqrt(at.information), iterations } : null;
    }
    if (Math.abs(beta) > 1e6) return null;
  }
  return null;
}

import { censoringSurvival } from './censoringWeights.ts';

/**
 * Brier score at horizon t with inverse-probability-of-censoring weights, as
 * `riskRegression::Score(..., metrics = "brier", cens.model = "km")` computes it: an event by t
 * contributes (1 - risk)^2 / G(T-), a patient still event-free after t contributes risk^2 / G(t),
 * one censored by t (at t included) contributes 0, and the sum is divided by all n.
 */
export function ipcwBrier(time: ArrayLike<number>, status: ArrayLike<number>, risk: ArrayLike<number>, t: number): number {
  const g = censoringSurvival(time, status);
  const gt = g.at(t);
  let sum = 0;
  for (let i = 0; i < time.length; i++) {
    if (time[i]! <= t) {
      if (status[i] !== 0) sum += (1 - risk[i]!) ** 2 / g.before(time[i]!);
    } else {
      sum += risk[i]! ** 2 / gt;
    }
  }
  return sum / time.length;
}

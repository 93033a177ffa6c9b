import { describe, expect, it } from 'vitest';
import { rcsBasis } from '../src/engine/rcs.ts';
import { veteranReference } from './models.ts';

// The veteran model's age knots (rms rcs(age, 4) on survival::veteran).
const KNOTS = [38, 56.6, 64, 70.2] as const;

/**
 * Harrell's restricted cubic spline written out term by term for four knots t1 < t2 < t3 < t4
 * (Harrell, Regression Modeling Strategies, eq. 2.25, with rms's norm = 2 division by (t4 - t1)^2):
 *   X1 = x
 *   X_{j+1} = [ (x - tj)+^3 - (x - t3)+^3 (t4 - tj)/(t4 - t3) + (x - t4)+^3 (t3 - tj)/(t4 - t3) ] / (t4 - t1)^2,  j = 1, 2
 */
function harrell4(x: number, [t1, t2, t3, t4]: readonly [number, number, number, number]): number[] {
  const plusCubed = (u: number) => Math.max(u, 0) ** 3;
  const term = (tj: number) =>
    (plusCubed(x - tj) - (plusCubed(x - t3) * (t4 - tj)) / (t4 - t3) + (plusCubed(x - t4) * (t3 - tj)) / (t4 - t3)) / (t4 - t1) ** 2;
  return [x, term(t1), term(t2)];
}

describe('rcsBasis (Harrell restricted cubic spline, rms norm = 2)', () => {
  for (const x of [30, 50, 60, 68, 80]) {
    it(`matches the formula written out at x = ${x}`, () => {
      const got = rcsBasis(x, KNOTS);
      const want = harrell4(x, KNOTS);
      expect(got).toHaveLength(KNOTS.length - 1);
      got.forEach((b, j) => expect(Math.abs(b - want[j]!), `term ${j}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[j]!))));
    });
  }

  it('is x and zeros below the first knot', () => {
    expect(rcsBasis(30, KNOTS)).toEqual([30, 0, 0]);
  });

  it('matches values computed by hand', () => {
    // x = 60: only the first two knots are passed. (t4 - t1)^2 = 32.2^2 = 1036.84.
    //   term 1 = (60 - 38)^3 / 1036.84 = 10648 / 1036.84 = 10.2696655221635
    //   term 2 = (60 - 56.6)^3 / 1036.84 = 39.304 / 1036.84 = 0.0379074881370
    const [x, b1, b2] = rcsBasis(60, KNOTS);
    expect(x).toBe(60);
    expect(b1).toBeCloseTo(10.2696655221635, 11);
    expect(b2).toBeCloseTo(0.037907488137, 11);
    // x = 80, past every knot: term 1 = [42^3 - 16^3 * 32.2/6.2 + 9.8^3 * 26/6.2] / 1036.84 = 8814 / 161 = 54.7453416149
    expect(rcsBasis(80, KNOTS)[1]).toBeCloseTo(8814 / 161, 10);
  });

  it('is linear beyond the last knot (second differences vanish)', () => {
    const h = 0.5;
    for (let x = KNOTS[3] + h + 0.01; x < 150; x += 3.7) {
      const [a, b, c] = [rcsBasis(x - h, KNOTS), rcsBasis(x, KNOTS), rcsBasis(x + h, KNOTS)];
      for (let j = 0; j < a.length; j++) {
        const second = a[j]! - 2 * b[j]! + c[j]!;
        expect(Math.abs(second), `term ${j} at x = ${x}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b[j]!)));
      }
    }
  });

  it('is not linear between the knots (the check above can fail)', () => {
    const h = 0.5;
    const [a, b, c] = [rcsBasis(59.5, KNOTS), rcsBasis(60, KNOTS), rcsBasis(60.5, KNOTS)];
    expect(Math.abs(a[1]! - 2 * b[1]! + c[1]!)).toBeGreaterThan(1e-3 * h);
  });

  it('with the veteran age coefficients gives the age contribution rms computed at every year', () => {
    const betas = veteranReference.coefficients as Record<string, number>;
    const beta = [betas['age']!, betas["age'"]!, betas["age''"]!];
    const { values, Xbeta } = veteranReference.nomogram.byVariable.age as { values: number[]; Xbeta: number[] };
    values.forEach((x, i) => {
      const f = rcsBasis(x, KNOTS).reduce((s, b, j) => s + b * beta[j]!, 0);
      expect(Math.abs(f - Xbeta[i]!), `age ${x}`).toBeLessThanOrEqual(1e-9);
    });
  });
});

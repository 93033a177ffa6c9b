import { describe, expect, it } from 'vitest';
import { compileModel } from '../src/engine/compile.ts';
import { loadBundled, veteranReference as ref } from './models.ts';

// What R rms 6.5 computed for cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior).
const model = loadBundled('veteran-teaching');

interface Patient {
  inputs: Record<string, string | number>;
  totalPoints: number;
  lp: number;
  lpCentered: number;
  seLpCentered: number;
  survival: { time: number; estimate: number; lower: number; upper: number }[];
}

describe('the engine reproduces rms for the veteran model', () => {
  it('uses the scale rms nomogram() chose, in points per unit of linear predictor', () => {
    expect(compileModel(model).scale).toBeCloseTo(ref.nomogram.sc, 9);
  });

  it('maps 0 total points to the linear predictor rms gives as the nomogram intercept', () => {
    const c = compileModel(model);
    expect(c.minSum - c.referenceLp).toBeCloseTo(ref.nomogram.intercept, 9);
  });

  it('centres the linear predictor where rms does', () => {
    expect(compileModel(model).referenceLp).toBeCloseTo(ref.center, 12);
  });

  for (const [id, byVariable] of Object.entries(ref.nomogram.byVariable as Record<string, { values: (string | number)[]; points: number[] }>)) {
    it(`gives every value of ${id} the points rms drew, within 0.01`, () => {
      byVariable.values.forEach((v, i) => {
        expect(Math.abs(compileModel(model).points(id, v) - byVariable.points[i]!)).toBeLessThan(0.01);
      });
    });
  }

  (ref.patients as Patient[]).forEach((p, i) => {
    it(`patient ${i + 1} (${JSON.stringify(p.inputs)}): points, linear predictor, SE, survival and interval`, () => {
      const out = compileModel(model).predict(p.inputs, { times: ref.times });
      expect(Math.abs(out.totalPoints - p.totalPoints)).toBeLessThan(0.01);
      expect(Math.abs(out.linearPredictor - p.lpCentered)).toBeLessThan(1e-9);
      expect(Math.abs(out.linearPredictor + ref.center - p.lp)).toBeLessThan(1e-9);
      expect(Math.abs(out.linearPredictorSe - p.seLpCentered)).toBeLessThan(1e-9);
      p.survival.forEach((s, j) => {
        const got = out.survival![j]!;
        expect(got.time).toBe(s.time);
        expect(Math.abs(got.estimate! - s.estimate)).toBeLessThan(1e-6);
        expect(Math.abs(got.lower! - s.lower)).toBeLessThan(1e-6);
        expect(Math.abs(got.upper! - s.upper)).toBeLessThan(1e-6);
      });
    });
  });
});

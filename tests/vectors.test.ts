import { describe, expect, it } from 'vitest';
import { vectorTolerance } from '../src/engine/tolerance.ts';
import { bundledModels } from './models.ts';
import { compileModel } from '../src/engine/compile.ts';

const models = bundledModels();

it('bundles the three models the app is built around (and any added beside them)', () => {
  expect(models.map((m) => m.name)).toEqual(
    expect.arrayContaining(['liu2025-os-full@1.0.0', 'liu2025-os@1.0.0', 'veteran-teaching@1.0.0']),
  );
});

for (const { name, model } of models) {
  describe(`${name} test vectors`, () => {
    it('has at least five', () => expect(model.testVectors.length).toBeGreaterThanOrEqual(5));
    model.testVectors.forEach((v) => {
      it(v.description, () => {
        const tol = vectorTolerance(model, v);
        const e = v.expected;
        const times = e.survival?.map((s) => s.time);
        const out = compileModel(model).predict(v.inputs, times ? { times } : {});
        for (const [id, pts] of Object.entries(e.points ?? {})) expect(Math.abs(out.points[id]! - pts), id).toBeLessThanOrEqual(tol.points);
        if (e.totalPoints !== undefined) expect(Math.abs(out.totalPoints - e.totalPoints)).toBeLessThanOrEqual(tol.points);
        if (e.linearPredictor !== undefined)
          expect(Math.abs(out.linearPredictor - e.linearPredictor)).toBeLessThanOrEqual(tol.linearPredictor);
        if (e.linearPredictorSe !== undefined)
          expect(Math.abs(out.linearPredictorSe - e.linearPredictorSe)).toBeLessThanOrEqual(tol.linearPredictorSe);
        e.survival?.forEach((s, i) => {
          const got = out.survival![i]!;
          for (const key of ['estimate', 'lower', 'upper'] as const) {
            const want = s[key];
            if (want === undefined) continue;
            if (want === null) expect(got[key]).toBeNull();
            else expect(Math.abs(got[key]! - want), `${key} at ${s.time}`).toBeLessThanOrEqual(tol.risk);
          }
        });
        if (e.medianSurvival !== undefined) {
          if (e.medianSurvival === null) expect(out.medianSurvival).toBeNull();
          else expect(Math.abs(out.medianSurvival! - e.medianSurvival) / e.medianSurvival).toBeLessThanOrEqual(1e-9);
        }
        if (e.probability) {
          for (const key of ['estimate', 'lower', 'upper'] as const) {
            const want = e.probability[key];
            if (want !== undefined) expect(Math.abs(out.probability![key] - want), `probability.${key}`).toBeLessThanOrEqual(tol.risk);
          }
        }
      });
    });
  });
}

import type { ModelProblem } from '../model/check.ts';
import type { Model } from '../model/types.ts';
import { compileModel } from './compile.ts';
import { vectorTolerance } from './tolerance.ts';

/**
 * Runs a model's own test vectors through the engine and lists every figure that disagrees, as
 * `testVectors[i].expected.<field>` problems. A file whose vectors fail is not the model it claims
 * to be (a typo in a coefficient, a wrong reference), so `nomogram validate` and the build refuse it.
 */
export function checkTestVectors(model: Model): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const c = compileModel(model);
  model.testVectors.forEach((v, i) => {
    const tol = vectorTolerance(model, v);
    const e = v.expected;
    const at = `testVectors[${i}].expected`;
    const times = (e.survival ?? e.cumulativeIncidence)?.map((s) => s.time);
    const out = c.predict(v.inputs, times ? { times } : {});
    const near = (path: string, got: number | null | undefined, want: number | null | undefined, within: number) => {
      if (want === undefined) return;
      const ok = want === null ? got === null : got !== null && got !== undefined && Math.abs(got - want) <= within;
      if (!ok) problems.push({ path: `${at}.${path}`, message: `the engine gives ${got}, the file expects ${want} (tolerance ${within})` });
    };
    for (const [id, pts] of Object.entries(e.points ?? {})) near(`points.${id}`, out.points[id], pts, tol.points);
    near('totalPoints', out.totalPoints, e.totalPoints, tol.points);
    near('linearPredictor', out.linearPredictor, e.linearPredictor, tol.linearPredictor);
    near('linearPredictorSe', out.linearPredictorSe, e.linearPredictorSe, tol.linearPredictorSe);
    e.survival?.forEach((s, j) => {
      const got = out.survival?.[j];
      for (const key of ['estimate', 'lower', 'upper'] as const) near(`survival[${j}].${key}`, got?.[key], s[key], tol.risk);
    });
    if (e.medianSurvival !== undefined) {
      const want = e.medianSurvival;
      near('medianSurvival', out.medianSurvival, want, want === null ? 0 : Math.max(tol.risk, 1e-9 * Math.abs(want)));
    }
    e.cumulativeIncidence?.forEach((s, j) => {
      const got = out.cumulativeIncidence?.[j];
      for (const key of ['estimate', 'lower', 'upper'] as const) near(`cumulativeIncidence[${j}].${key}`, got?.[key], s[key], tol.risk);
    });
    if (e.probability) {
      for (const key of ['estimate', 'lower', 'upper'] as const)
        near(`probability.${key}`, out.probability?.[key], e.probability[key], tol.risk);
    }
  });
  return problems;
}

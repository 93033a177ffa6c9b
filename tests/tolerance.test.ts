import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compileModel } from '../src/engine/compile.ts';
import { designRow } from '../src/engine/se.ts';
import { vectorTolerance } from '../src/engine/tolerance.ts';
import { validateModel } from '../src/model/validate.ts';
import type { Model } from '../src/model/types.ts';

const load = (file: string): Model => {
  const check = validateModel(JSON.parse(readFileSync(new URL(`../models/${file}`, import.meta.url), 'utf8')));
  if (!check.ok) throw new Error(`${file} is invalid`);
  return check.model;
};

it('keeps 1e-9 for a well-conditioned model, and the file may tighten or loosen it', () => {
  const m = load('veteran-teaching/1.0.0.json');
  for (const v of m.testVectors)
    expect(vectorTolerance(m, v)).toEqual({ points: 0.01, linearPredictor: 1e-9, linearPredictorSe: 1e-9, risk: 1e-6 });
  const v = { ...m.testVectors[0]!, tolerance: { linearPredictor: 1e-3, risk: 1e-4 } };
  expect(vectorTolerance(m, v)).toMatchObject({ linearPredictor: 1e-3, linearPredictorSe: 1e-3, risk: 1e-4 });
});

it("widens the SE tolerance with the size of the terms of d'Vd when they cancel, never the SE itself", () => {
  const m = structuredClone(load('veteran-teaching/1.0.0.json'));
  if (m.kind !== 'cox') throw new Error('veteran-teaching changed');
  const v = m.testVectors[0]!;
  const before = vectorTolerance(m, v).linearPredictorSe;
  // V + k u u' with u orthogonal to this patient's d leaves d'Vd (so the SE) unchanged while its
  // terms grow k-fold: what an ill-conditioned covariance looks like to one patient.
  const c = compileModel(m);
  const d = c.family.contrast(designRow(c, v.inputs));
  const a = d.findIndex((x) => x !== 0);
  const b = d.findIndex((x, i) => x !== 0 && i > a);
  const u = d.map((_, i) => (i === a ? d[b]! : i === b ? -d[a]! : 0));
  const names = c.columns.map((col) => col.name);
  const at = names.map((n) => m.covariance!.names.indexOf(n));
  const k = 1e9;
  at.forEach((r, i) => at.forEach((s, j) => (m.covariance!.matrix[r]![s]! += k * u[i]! * u[j]!)));
  const changed = structuredClone(m);
  expect(compileModel(changed).predict(v.inputs).linearPredictorSe).toBeCloseTo(v.expected.linearPredictorSe!, 5);
  expect(before).toBe(1e-9);
  expect(vectorTolerance(changed, v).linearPredictorSe).toBeGreaterThan(1e-8);
});

import { compileModel } from '../engine/compile.ts';
import { checkInputs } from '../engine/inputs.ts';
import { Checker, DATE, ID, isCalendarDate, join, SEMVER, show, type ModelProblem, type Obj } from './check.ts';
import type { Model } from './types.ts';
import { checkCoefficient, checkPredictor } from './validatePredictor.ts';

export type { ModelProblem } from './check.ts';
export type ModelCheck = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

const COMMON = [
  'formatVersion', 'id', 'version', 'title', 'outcome', 'summary', 'kind', 'predictors', 'provenance',
  'performance', 'intendedUse', 'method', 'assumptions', 'knownProblems', 'changelog', 'testVectors',
];
const COMMON_OPTIONAL = ['$schema', 'teachingOnly', 'approximate', 'covariance', 'event', 'comparisonCaveat', 'startingValues'];

function checkCovariance(c: Checker, v: unknown, names: Map<string, string>): void {
  if (!c.object(v, 'covariance', ['names', 'matrix'])) return;
  const expected = [...names.keys()];
  if (c.array(v.names, 'covariance.names', 1)) {
    const given = v.names.filter((n, i) => c.string(n, join('covariance.names', i))) as string[];
    const missing = expected.filter((n) => !given.includes(n));
    const extra = given.filter((n) => !names.has(n));
    const list = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');
    if (missing.length) c.fail('covariance.names', `lacks coefficient${missing.length > 1 ? 's' : ''} ${list(missing)}`);
    if (extra.length) c.fail('covariance.names', `names no coefficient of the model: ${list(extra)}`);
    if (new Set(given).size !== given.length) c.fail('covariance.names', 'names a coefficient twice');
  }
  const n = Array.isArray(v.names) ? v.names.length : expected.length;
  if (!c.array(v.matrix, 'covariance.matrix')) return;
  if (v.matrix.length !== n) {
    c.fail('covariance.matrix', `must be ${n} x ${n} to match covariance.names, got ${v.matrix.length} rows`);
    return;
  }
  const m = v.matrix as number[][];
  let ok = true;
  m.forEach((row, i) => {
    const path = join('covariance.matrix', i);
    if (!c.numbers(row, path)) ok = false;
    else if (row.length !== n) ok = c.fail(path, `must have ${n} columns, got ${row.length}`);
  });
  if (!ok) return;
  const before = c.problems.length;
  for (let i = 0; i < n; i++) {
    if (m[i]![i]! < 0) c.fail(join(join('covariance.matrix', i), i), `a variance must not be negative, got ${m[i]![i]}`);
    for (let j = 0; j < i; j++) {
      const a = m[i]![j]!;
      const b = m[j]![i]!;
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) {
        c.fail(join(join('covariance.matrix', i), j), `must equal covariance.matrix[${j}][${i}] (the matrix is symmetric), got ${a} and ${b}`);
      }
    }
  }
  if (c.problems.length === before && !positiveSemidefinite(m)) {
    c.fail('covariance.matrix', 'is not positive semidefinite, so it cannot be a covariance matrix (some patient would get a negative variance)');
  }
}

/**
 * A covariance matrix must be positive semidefinite: otherwise some patient's variance comes out
 * negative, and an interval would collapse to the estimate. Checked by a Cholesky factorisation.
 */
function positiveSemidefinite(m: number[][]): boolean {
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

function checkCox(c: Checker, m: Obj, names: Map<string, string>): void {
  c.oneOf(m.timeUnit, 'timeUnit', ['days', 'weeks', 'months', 'years'] as const);
  c.numbers(m.horizons, 'horizons', { minLength: 1, increasing: true }) &&
    m.horizons.forEach((h, i) => c.number(h, join('horizons', i), { above: 0 }));
  if (c.object(m.reference, 'reference', ['description', 'means'], ['linearPredictor'])) {
    const r = m.reference;
    c.text(r.description, 'reference.description');
    if (c.object(r.means, 'reference.means', [...names.keys()])) {
      for (const [name, value] of Object.entries(r.means)) c.number(value, join('reference.means', name));
    }
    if ('linearPredictor' in r) c.number(r.linearPredictor, 'reference.linearPredictor');
  }
  if (typeof m.baseline !== 'object' || m.baseline === null || Array.isArray(m.baseline)) {
    if (m.baseline !== undefined) c.fail('baseline', `must be an object, got ${show(m.baseline)}`);
    return;
  }
  const type = (m.baseline as Obj).type;
  if (!c.oneOf(type, 'baseline.type', ['table', 'exponential'] as const)) return;
  if (type === 'exponential') {
    if (c.object(m.baseline, 'baseline', ['type', 'median'])) c.number(m.baseline.median, 'baseline.median', { above: 0 });
    return;
  }
  if (!c.object(m.baseline, 'baseline', ['type', 'time', 'survival'])) return;
  const { time, survival } = m.baseline;
  const timeOk = c.numbers(time, 'baseline.time', { minLength: 1, increasing: true });
  // The step function must say what survival is from time 0: before a first tabulated time of,
  // say, 90 days it would otherwise be taken as 1, and a median read off it would be wrong.
  if (timeOk && time[0] !== 0) c.fail('baseline.time[0]', `the table starts at time 0 (survival 1), got ${time[0]}`);
  if (!c.numbers(survival, 'baseline.survival', { minLength: 1 })) return;
  if (timeOk && survival.length !== time.length) {
    c.fail('baseline.survival', `must have one value per time (${time.length}), got ${survival.length}`);
  }
  if (survival.length && survival[0] !== 1 && Number.isFinite(survival[0])) c.fail('baseline.survival[0]', `survival at time 0 is 1, got ${survival[0]}`);
  survival.forEach((s, i) => {
    if (s <= 0 || s > 1) c.fail(join('baseline.survival', i), `must be in (0, 1], got ${s}`);
    else if (i > 0 && s > survival[i - 1]!) c.fail(join('baseline.survival', i), `survival cannot rise over time: ${s} after ${survival[i - 1]}`);
  });
}

function checkMetadata(c: Checker, m: Obj): void {
  if (c.object(m.provenance, 'provenance', ['citation', 'population', 'eligibility', 'setting', 'period', 'cohortSize', 'outcomeDefinition'], ['doi', 'url', 'events'])) {
    const p = m.provenance;
    c.string(p.citation, 'provenance.citation');
    if ('doi' in p) c.string(p.doi, 'provenance.doi', /^10\.\d{4,}\/\S+$/, 'a DOI such as 10.1000/xyz');
    if ('url' in p) c.string(p.url, 'provenance.url', /^https:\/\//, 'an https:// address');
    for (const key of ['population', 'eligibility', 'setting', 'outcomeDefinition']) c.text(p[key], join('provenance', key));
    if (typeof p.period === 'object' && p.period !== null) c.text(p.period, 'provenance.period');
    else c.string(p.period, 'provenance.period');
    if (c.number(p.cohortSize, 'provenance.cohortSize', { integer: true, above: 0 }) && 'events' in p) {
      c.number(p.events, 'provenance.events', { integer: true, min: 0, max: p.cohortSize });
    }
  }
  if (c.array(m.performance, 'performance')) {
    m.performance.forEach((v, i) => {
      const path = join('performance', i);
      if (!c.object(v, path, ['measure', 'value', 'setting'], ['ci95'])) return;
      c.text(v.measure, join(path, 'measure'));
      c.number(v.value, join(path, 'value'));
      c.text(v.setting, join(path, 'setting'));
      if ('ci95' in v) c.range(v.ci95, join(path, 'ci95'));
    });
  }
  c.text(m.intendedUse, 'intendedUse');
  c.text(m.method, 'method');
  for (const key of ['assumptions', 'knownProblems']) {
    if (c.array(m[key], key)) (m[key] as unknown[]).forEach((t, i) => c.text(t, join(key, i)));
  }
  if (c.array(m.changelog, 'changelog', 1)) {
    m.changelog.forEach((v, i) => {
      const path = join('changelog', i);
      if (!c.object(v, path, ['version', 'date', 'changes'])) return;
      c.string(v.version, join(path, 'version'), SEMVER, 'a semantic version such as 1.2.0');
      if (c.string(v.date, join(path, 'date'), DATE, 'a date as YYYY-MM-DD') && !isCalendarDate(v.date)) {
        c.fail(join(path, 'date'), `must be a real calendar date, got ${show(v.date)}`);
      }
      c.text(v.changes, join(path, 'changes'));
    });
    if (typeof m.version === 'string' && !m.changelog.some((e) => (e as Obj)?.version === m.version)) {
      c.fail('changelog', `has no entry for this version ${JSON.stringify(m.version)}`);
    }
  }
}

/** A risk given in a test vector: a number in [0, 1], or null where the model says nothing. */
function checkRisk(c: Checker, v: unknown, path: string, nullable: boolean): void {
  if (nullable && v === null) return;
  c.number(v, path, { min: 0, max: 1 });
}

/** The results a test vector expects: the shapes the reference tests read. */
function checkExpected(c: Checker, v: unknown, path: string): void {
  if (!c.object(v, path, [], ['points', 'totalPoints', 'linearPredictor', 'linearPredictorSe', 'survival', 'medianSurvival', 'probability'])) return;
  const at = (key: string) => join(path, key);
  if ('points' in v && c.object(v.points, at('points'), [], Object.keys(v.points ?? {}))) {
    for (const [id, value] of Object.entries(v.points)) c.number(value, join(at('points'), id));
  }
  if ('totalPoints' in v) c.number(v.totalPoints, at('totalPoints'));
  if ('linearPredictor' in v) c.number(v.linearPredictor, at('linearPredictor'));
  if ('linearPredictorSe' in v) c.number(v.linearPredictorSe, at('linearPredictorSe'), { min: 0 });
  if ('survival' in v && c.array(v.survival, at('survival'))) {
    v.survival.forEach((s, i) => {
      const sp = join(at('survival'), i);
      if (!c.object(s, sp, ['time', 'estimate'], ['lower', 'upper'])) return;
      c.number(s.time, join(sp, 'time'), { min: 0 });
      for (const key of ['estimate', 'lower', 'upper']) if (key in s) checkRisk(c, s[key], join(sp, key), true);
    });
  }
  if ('medianSurvival' in v && v.medianSurvival !== null) c.number(v.medianSurvival, at('medianSurvival'));
  if ('probability' in v && c.object(v.probability, at('probability'), ['estimate'], ['lower', 'upper'])) {
    const p = v.probability;
    for (const key of ['estimate', 'lower', 'upper']) if (key in p) checkRisk(c, p[key], join(at('probability'), key), false);
  }
}

function checkTestVectors(c: Checker, m: Obj, predictorsOk: boolean): void {
  if (!c.array(m.testVectors, 'testVectors', 1)) return;
  m.testVectors.forEach((v, i) => {
    const path = join('testVectors', i);
    if (!c.object(v, path, ['description', 'inputs', 'expected'], ['tolerance'])) return;
    c.string(v.description, join(path, 'description'));
    checkExpected(c, v.expected, join(path, 'expected'));
    if ('tolerance' in v && c.object(v.tolerance, join(path, 'tolerance'), [], ['points', 'linearPredictor', 'risk'])) {
      for (const [key, value] of Object.entries(v.tolerance)) c.number(value, join(join(path, 'tolerance'), key), { min: 0 });
    }
    if (predictorsOk && v.inputs !== undefined) {
      const inputsPath = join(path, 'inputs');
      const check = checkInputs(m as unknown as Model, v.inputs);
      // An empty predictor means the inputs themselves are wrong (not an object).
      if (!check.ok) for (const p of check.problems) c.fail(p.predictor ? join(inputsPath, p.predictor) : inputsPath, p.message);
    }
  });
}

/**
 * Checks a parsed model file against format version 1 and reports every problem with its JSON
 * path. Only a model that passes is given to the engine.
 */
export function validateModel(json: unknown): ModelCheck {
  const c = new Checker();
  const kind = (json as Obj | null)?.kind;
  const cox = ['timeUnit', 'horizons', 'reference', 'baseline'];
  const extra = kind === 'cox' ? cox : kind === 'logistic' ? ['intercept'] : [];
  // Without a known kind, report the kind alone, not every kind-specific field as unknown.
  const unknownKind = extra.length ? [] : [...cox, 'intercept'];
  if (!c.object(json, '', [...COMMON, ...extra], [...COMMON_OPTIONAL, ...unknownKind])) return { ok: false, problems: c.problems };
  const m = json;
  if (Object.hasOwn(m, 'formatVersion') && m.formatVersion !== 1) c.fail('formatVersion', `must be 1 (the only format this app reads), got ${show(m.formatVersion)}`);
  c.string(m.id, 'id', ID, 'lower-case letters, digits and hyphens');
  c.string(m.version, 'version', SEMVER, 'a semantic version such as 1.2.0');
  for (const key of ['title', 'outcome', 'summary']) c.text(m[key], key);
  if ('approximate' in m) c.text(m.approximate, 'approximate');
  for (const key of ['comparisonCaveat', 'startingValues']) if (key in m) c.text(m[key], key);
  if ('event' in m && c.object(m.event, 'event', ['name', 'death'])) {
    c.text(m.event.name, 'event.name');
    c.boolean(m.event.death, 'event.death');
  }
  if ('teachingOnly' in m) c.boolean(m.teachingOnly, 'teachingOnly');
  if ('$schema' in m) c.string(m.$schema, '$schema');
  if (!c.oneOf(kind, 'kind', ['cox', 'logistic'] as const)) return { ok: false, problems: c.problems };

  const names = new Map<string, string>();
  const ids = new Set<string>();
  if (kind === 'logistic') checkCoefficient(c, m.intercept, 'intercept', kind, names);
  if (c.array(m.predictors, 'predictors', 1)) {
    m.predictors.forEach((p, i) => checkPredictor(c, p, join('predictors', i), kind, ids, names));
  }
  // By path, not by counting: a missing field is reported once, by the root check above.
  const coefficientsAt = kind === 'logistic' ? /^(predictors|intercept)\b/ : /^predictors\b/;
  const predictorsOk = !c.problems.some((p) => coefficientsAt.test(p.path));
  if ('covariance' in m) {
    checkCovariance(c, m.covariance, names);
  } else if (predictorsOk) {
    for (const [name, path] of names) {
      if (!pathHasCi(m, path)) c.fail(path.replace(/\.name$/, '.ci95'), `is required for ${JSON.stringify(name)}: without a covariance matrix the interval comes from each coefficient's 95% CI`);
    }
  }
  if (kind === 'cox') checkCox(c, m, names);
  checkMetadata(c, m);
  checkTestVectors(c, m, predictorsOk);
  if (!c.problems.length) checkCompiled(c, m as unknown as Model);
  if (!c.problems.length && kind === 'cox') checkReferenceLp(c, m as unknown as Model);
  return c.problems.length ? { ok: false, problems: c.problems } : { ok: true, model: m as unknown as Model };
}

/** The numbers the engine derives once must exist: finite contributions and a points scale. */
function checkCompiled(c: Checker, model: Model): void {
  const compiled = compileModel(model);
  compiled.predictors.forEach((cp, i) => {
    if (!Number.isFinite(cp.min) || !Number.isFinite(cp.max)) {
      c.fail(join('predictors', i), 'its contribution to the linear predictor is not a finite number everywhere on its axis');
    }
  });
  if (!c.problems.length && !(Number.isFinite(compiled.scale) && compiled.scale > 0)) {
    c.fail('predictors', 'no predictor changes the linear predictor over its axis, so there is no points scale');
  }
}

/** A stated reference linear predictor (rms `center`) must be what the means give. */
function checkReferenceLp(c: Checker, model: Model): void {
  if (model.kind !== 'cox' || model.reference.linearPredictor === undefined) return;
  const stated = model.reference.linearPredictor;
  const computed = compileModel(model).referenceLp;
  // Negated so that a computed NaN or Infinity fails too.
  if (!(Math.abs(stated - computed) <= 1e-6 * Math.max(1, Math.abs(stated)))) {
    c.fail('reference.linearPredictor', `is ${stated}, but the coefficients and reference.means give ${computed}`);
  }
}

/** Whether the coefficient whose name sits at `path` (`predictors[0].coefficient.name`) has a ci95. */
function pathHasCi(root: Obj, path: string): boolean {
  const keys = path.replace(/\.name$/, '').match(/[^.[\]]+/g)!;
  let node: unknown = root;
  for (const k of keys) node = (node as Obj)[k];
  return 'ci95' in (node as Obj);
}

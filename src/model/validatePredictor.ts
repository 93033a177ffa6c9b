import { Checker, join, PREDICTOR_ID, show, type Obj } from './check.ts';

const COEFFICIENT = ['name'];
const COEFFICIENT_OPTIONAL = ['beta', 'hazardRatio', 'oddsRatio', 'ci95'];

/** One coefficient: a name and exactly one of beta or the ratio this kind of model reports. */
export function checkCoefficient(c: Checker, v: unknown, path: string, kind: 'cox' | 'logistic', names: Map<string, string>): void {
  if (!c.object(v, path, COEFFICIENT, COEFFICIENT_OPTIONAL)) return;
  if (c.string(v.name, join(path, 'name'))) {
    const earlier = names.get(v.name);
    if (earlier) c.fail(join(path, 'name'), `duplicates the coefficient name at ${earlier}: ${JSON.stringify(v.name)}`);
    else names.set(v.name, join(path, 'name'));
  }
  const given = COEFFICIENT_OPTIONAL.filter((k) => k !== 'ci95' && k in v);
  if (given.length !== 1) {
    c.fail(path, `must give exactly one of beta, ${kind === 'cox' ? 'hazardRatio' : 'oddsRatio'}; got ${given.length ? given.join(', ') : 'none'}`);
    return;
  }
  const key = given[0]!;
  const wrongRatio = kind === 'cox' ? 'oddsRatio' : 'hazardRatio';
  if (key === wrongRatio) {
    c.fail(join(path, key), `a ${kind} model's coefficients are given as beta or ${kind === 'cox' ? 'hazardRatio' : 'oddsRatio'}`);
    return;
  }
  const isRatio = key !== 'beta';
  const value = v[key];
  if (!c.number(value, join(path, key), isRatio ? { above: 0 } : {})) return;
  if ('ci95' in v && c.range(v.ci95, join(path, 'ci95'))) {
    const [lo, hi] = v.ci95;
    if (isRatio && lo <= 0) c.fail(join(path, 'ci95'), `a ratio's interval must be above 0, got [${lo}, ${hi}]`);
    else if (value < lo || value > hi) c.fail(join(path, 'ci95'), `must contain the estimate ${value}, got [${lo}, ${hi}]`);
  }
}

function checkNumeric(c: Checker, p: Obj, path: string): void {
  c.text(p.unit, join(path, 'unit'));
  let min = NaN;
  let max = NaN;
  const axisPath = join(path, 'axis');
  if (c.object(p.axis, axisPath, ['min', 'max', 'ticks'])) {
    const a = p.axis;
    const lo = a.min;
    const hi = a.max;
    const loOk = c.number(lo, join(axisPath, 'min'));
    const hiOk = c.number(hi, join(axisPath, 'max'));
    if (loOk && hiOk) {
      if (lo >= hi) c.fail(axisPath, `min must be below max, got min ${lo}, max ${hi}`);
      else [min, max] = [lo, hi];
    }
    if (c.numbers(a.ticks, join(axisPath, 'ticks'), { minLength: 2, increasing: true }) && min < max) {
      a.ticks.forEach((t, i) => {
        if (t < min || t > max) c.fail(join(join(axisPath, 'ticks'), i), `must lie on the axis ${min} to ${max}, got ${t}`);
      });
    }
  }
  if ('step' in p && c.number(p.step, join(path, 'step'), { above: 0 }) && p.integer === true && !Number.isInteger(p.step)) {
    c.fail(join(path, 'step'), `a whole-number predictor moves in whole steps, got ${p.step}`);
  }
  if ('integer' in p && c.boolean(p.integer, join(path, 'integer')) && p.integer && min < max) {
    if (!Number.isInteger(min) || !Number.isInteger(max)) c.fail(axisPath, `a whole-number predictor needs whole-number axis ends, got ${min} to ${max}`);
  }
  if ('derivationRange' in p) c.range(p.derivationRange, join(path, 'derivationRange'));
  if ('default' in p && c.number(p.default, join(path, 'default')) && min < max) {
    if (p.default < min || p.default > max) c.fail(join(path, 'default'), `must lie on the axis ${min} to ${max}, got ${p.default}`);
    else if (p.integer === true && !Number.isInteger(p.default)) c.fail(join(path, 'default'), `must be a whole number, got ${p.default}`);
  }
}

const BASE = ['id', 'type', 'label'];
const BASE_OPTIONAL = ['help', 'caution'];
const NUMERIC_OPTIONAL = [...BASE_OPTIONAL, 'step', 'integer', 'derivationRange', 'default'];

/** One predictor of any type; `ids` collects predictor ids to catch duplicates. */
export function checkPredictor(c: Checker, v: unknown, path: string, kind: 'cox' | 'logistic', ids: Set<string>, names: Map<string, string>): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.fail(path, 'must be an object');
    return;
  }
  const type = (v as Obj).type;
  if (!c.oneOf(type, join(path, 'type'), ['categorical', 'linear', 'rcs'] as const)) return;
  const shape: Record<typeof type, [string[], string[]]> = {
    categorical: [[...BASE, 'levels', 'reference'], [...BASE_OPTIONAL, 'default']],
    linear: [[...BASE, 'unit', 'axis', 'coefficient'], NUMERIC_OPTIONAL],
    rcs: [[...BASE, 'unit', 'axis', 'knots', 'coefficients'], NUMERIC_OPTIONAL],
  };
  if (!c.object(v, path, ...shape[type])) return;
  const p = v;
  if (c.string(p.id, join(path, 'id'), PREDICTOR_ID, 'an identifier (a letter, then letters, digits, - or _)')) {
    if (ids.has(p.id)) c.fail(join(path, 'id'), `duplicates another predictor's id: ${JSON.stringify(p.id)}`);
    ids.add(p.id);
  }
  c.text(p.label, join(path, 'label'));
  for (const key of BASE_OPTIONAL) if (key in p) c.text(p[key], join(path, key));

  if (type === 'categorical') {
    const levelIds = new Set<string>();
    const levelsPath = join(path, 'levels');
    if (c.array(p.levels, levelsPath, 2)) {
      p.levels.forEach((l, i) => {
        const lp = join(levelsPath, i);
        if (!c.object(l, lp, ['id', 'label'], ['coefficient'])) return;
        if (c.string(l.id, join(lp, 'id'))) {
          if (levelIds.has(l.id)) c.fail(join(lp, 'id'), `duplicates another level of this predictor: ${JSON.stringify(l.id)}`);
          levelIds.add(l.id);
        }
        c.text(l.label, join(lp, 'label'));
        const isReference = l.id === p.reference;
        if (isReference && 'coefficient' in l) c.fail(join(lp, 'coefficient'), 'the reference level contributes 0 and takes no coefficient');
        else if (!isReference && !('coefficient' in l)) c.fail(join(lp, 'coefficient'), `is required on a level other than the reference ${show(p.reference)}`);
        else if ('coefficient' in l) checkCoefficient(c, l.coefficient, join(lp, 'coefficient'), kind, names);
      });
    }
    if (c.string(p.reference, join(path, 'reference')) && levelIds.size && !levelIds.has(p.reference)) {
      c.fail(join(path, 'reference'), `must be one of the levels (${[...levelIds].join(', ')}), got ${JSON.stringify(p.reference)}`);
    }
    if ('default' in p && !levelIds.has(p.default as string)) {
      c.fail(join(path, 'default'), `must be one of the levels (${[...levelIds].join(', ')}), got ${show(p.default)}`);
    }
    return;
  }
  checkNumeric(c, p, path);
  if (type === 'linear') {
    checkCoefficient(c, p.coefficient, join(path, 'coefficient'), kind, names);
    return;
  }
  const knotsPath = join(path, 'knots');
  const knotsOk = c.numbers(p.knots, knotsPath, { minLength: 3, increasing: true });
  if (c.array(p.coefficients, join(path, 'coefficients'), 2)) {
    if (knotsOk && p.coefficients.length !== (p.knots as number[]).length - 1) {
      c.fail(join(path, 'coefficients'), `a spline with ${(p.knots as number[]).length} knots has ${(p.knots as number[]).length - 1} coefficients, got ${p.coefficients.length}`);
    }
    p.coefficients.forEach((co, i) => checkCoefficient(c, co, join(join(path, 'coefficients'), i), kind, names));
  }
}

import type { Fail } from '../declare.ts';
import type { Predictor } from '../types.ts';
import type { ModelRule, Sound } from './modelRules.ts';

const rule = <K extends string>(reads: K[], check: (m: Sound<K>, fail: Fail) => void): ModelRule<string> =>
  ({ reads, check }) as ModelRule<string>;

/** A predictor's design-column names, in design order. */
function columnNames(p: Predictor): string[] {
  if (p.type === 'categorical') return p.levels.flatMap((l) => (l.coefficient ? [l.coefficient.name] : []));
  return p.type === 'linear' ? [p.coefficient.name] : p.coefficients.map((c) => c.name);
}

/** What a version 1 file cannot have, by the field that has it. */
function version2Parts(m: Sound<'interactions' | 'stratum' | 'baseline'>): string[] {
  const parts: string[] = [];
  if (m.interactions?.length) parts.push('interactions');
  if ('stratum' in m && m.stratum) parts.push('stratum');
  if ('baseline' in m && m.baseline.type === 'strata') parts.push('baseline.strata');
  if ('baseline' in m && m.baseline.type === 'table' && (m.baseline.cumulativeHazard || m.baseline.hazardVariance || m.baseline.xbar))
    parts.push('baseline.cumulativeHazard');
  return parts;
}

/** The rules of format version 2: interactions, strata and survfit's terms agree with the rest of the file. */
export const familyRules: ModelRule<string>[] = [
  rule(['formatVersion', 'interactions', 'stratum', 'baseline'], (m, fail) => {
    if (m.formatVersion !== 1) return;
    for (const part of version2Parts(m))
      fail(part, 'needs formatVersion 2 (format version 1 has no interactions, strata or survfit terms)');
  }),
  rule(['predictors', 'interactions', 'stratum'], (m, fail) => {
    const byId = new Map(m.predictors.map((p) => [p.id, p]));
    const used = new Map<string, string>();
    const ids = new Set([...byId.keys(), ...('stratum' in m && m.stratum ? [m.stratum.id] : [])]);
    m.interactions?.forEach((it, i) => {
      const at = `interactions[${i}]`;
      if (ids.has(it.id)) fail(`${at}.id`, `duplicates a predictor's id: ${JSON.stringify(it.id)}`);
      ids.add(it.id);
      const [a, b] = it.between.map((id) => byId.get(id));
      it.between.forEach((id, k) => {
        if (!byId.has(id)) fail(`${at}.between[${k}]`, `names no predictor: ${JSON.stringify(id)}`);
        else if (used.has(id))
          fail(`${at}.between[${k}]`, `${JSON.stringify(id)} is already in ${used.get(id)}; a predictor can be in one interaction only`);
        else used.set(id, at);
      });
      if (!a || !b) return;
      if (a.id === b.id) fail(`${at}.between`, 'must name two different predictors');
      if (a.type !== 'categorical' && b.type !== 'categorical')
        fail(`${at}.between`, 'one of the two predictors must be categorical: its levels give the axes of the other');
      const [na, nb] = [columnNames(a), columnNames(b)];
      it.columns.forEach((c, j) => {
        if (!na.includes(c.of[0]))
          fail(
            `${at}.columns[${j}].of[0]`,
            `is not a design column of ${JSON.stringify(a.id)} (${na.join(', ')}), got ${JSON.stringify(c.of[0])}`,
          );
        if (!nb.includes(c.of[1]))
          fail(
            `${at}.columns[${j}].of[1]`,
            `is not a design column of ${JSON.stringify(b.id)} (${nb.join(', ')}), got ${JSON.stringify(c.of[1])}`,
          );
      });
    });
  }),
  rule(['predictors', 'stratum', 'baseline'], (m, fail) => {
    if (!('baseline' in m) || !('reference' in m)) return;
    const stratum = 'stratum' in m ? m.stratum : undefined;
    const strata = m.baseline.type === 'strata';
    if (stratum && !strata) fail('baseline.type', 'must be "strata" when the model has a stratum input');
    if (!stratum && strata) fail('stratum', 'is required when the baseline is one table per stratum');
    if (!stratum || m.baseline.type !== 'strata') return;
    if (m.predictors.some((p) => p.id === stratum.id)) fail('stratum.id', `duplicates a predictor's id: ${JSON.stringify(stratum.id)}`);
    const levels = stratum.levels.map((l) => l.id);
    const keys = Object.keys(m.baseline.strata);
    for (const l of levels) if (!keys.includes(l)) fail(`baseline.strata.${l}`, 'is required: every stratum has its baseline');
    for (const k of keys) if (!levels.includes(k)) fail(`baseline.strata.${k}`, `names no level of stratum (${levels.join(', ')})`);
    if (stratum.default !== undefined && !levels.includes(stratum.default))
      fail('stratum.default', `must be one of ${levels.join(', ')}, got ${JSON.stringify(stratum.default)}`);
  }),
  rule(['baseline', 'covariance'], (m, fail) => {
    if (!('baseline' in m) || !('reference' in m) || m.baseline.type === 'exponential') return;
    const tables =
      m.baseline.type === 'strata'
        ? Object.entries(m.baseline.strata).map(([k, t]) => [`baseline.strata.${k}`, t] as const)
        : [['baseline', m.baseline] as const];
    for (const [at, t] of tables) {
      if (t.type !== 'table') continue;
      const terms = [t.cumulativeHazard, t.hazardVariance, t.xbar];
      if (terms.every((x) => x === undefined)) continue;
      if (terms.some((x) => x === undefined))
        fail(at, 'has some of cumulativeHazard, hazardVariance and xbar: give all three (survfit needs each) or none');
      for (const key of ['cumulativeHazard', 'hazardVariance', 'xbar'] as const) {
        const v = t[key];
        if (v && v.length !== t.time.length) fail(`${at}.${key}`, `must have one entry per time (${t.time.length}), got ${v.length}`);
      }
      if (!m.covariance) fail(at, 'has survfit terms, which need a covariance matrix');
      else
        t.xbar?.forEach((row, i) => {
          if (row.length !== m.covariance!.names.length)
            fail(`${at}.xbar[${i}]`, `must have one value per covariance name (${m.covariance!.names.length}), got ${row.length}`);
        });
    }
  }),
  rule(['distribution', 'scale'], (m, fail) => {
    if (!('distribution' in m)) return;
    const exponential = m.distribution === 'exponential';
    if (exponential && m.scale.sigma !== 1) fail('scale.sigma', `is 1 for an exponential model, got ${m.scale.sigma}`);
    if (exponential && m.scale.name !== undefined) fail('scale.name', 'must be absent: an exponential model has no estimated scale');
    if (!exponential && m.scale.name === undefined)
      fail('scale.name', `is required for a ${m.distribution} model: the name of log(scale) in covariance.names`);
  }),
];

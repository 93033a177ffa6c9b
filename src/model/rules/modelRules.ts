import { coefficientsOf } from '../coefficients.ts';
import { familyRules } from './familyRules.ts';
import type { Fail } from '../declare.ts';
import type { Model } from '../types.ts';

type Field<K extends string> = K extends `${infer Head}.${string}` ? Head : K;

/**
 * The fields `K` of a model of any kind, each known to have its declared shape. A path names
 * part of a field (`covariance.names`): only that part is known, and only it may be read.
 */
export type Sound<K extends string, M = Model> = M extends Model ? Pick<M, Field<K> & keyof M> : never;

/** A rule over several fields of a model; it runs when the parts it reads have their declared shape. */
export interface ModelRule<K extends string> {
  reads: K[];
  check: (m: Sound<K>, fail: Fail) => void;
}

const rule = <K extends string>(reads: K[], check: (m: Sound<K>, fail: Fail) => void): ModelRule<string> =>
  ({ reads, check }) as ModelRule<string>;

const list = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');
const namesOf = (m: Sound<'predictors' | 'intercept' | 'interactions'>) => coefficientsOf(m).map((c) => c.coefficient.name);

/** The rules that tie one part of a model file to another. */
export const modelRules: ModelRule<string>[] = [
  rule(['predictors'], (m, fail) => {
    const seen = new Set<string>();
    m.predictors.forEach((p, i) => {
      if (seen.has(p.id)) fail(`predictors[${i}].id`, `duplicates another predictor's id: ${JSON.stringify(p.id)}`);
      seen.add(p.id);
    });
  }),
  rule(['predictors', 'intercept', 'interactions'], (m, fail) => {
    const first = new Map<string, string>();
    for (const { coefficient, path } of coefficientsOf(m)) {
      const earlier = first.get(coefficient.name);
      if (earlier) fail(`${path}.name`, `duplicates the coefficient name at ${earlier}: ${JSON.stringify(coefficient.name)}`);
      else first.set(coefficient.name, `${path}.name`);
    }
  }),
  rule(['predictors', 'intercept', 'interactions', 'scale', 'covariance.names'], (m, fail) => {
    if (!m.covariance) {
      for (const { coefficient: c, path } of coefficientsOf(m)) {
        if (!c.ci95)
          fail(
            `${path}.ci95`,
            `is required for ${JSON.stringify(c.name)}: without a covariance matrix the interval comes from each coefficient's 95% CI`,
          );
      }
      return;
    }
    // A parametric model's log(scale) is estimated with the coefficients, and its variance is part of the interval.
    const expected = [...namesOf(m), ...('scale' in m && m.scale.name ? [m.scale.name] : [])];
    const given = m.covariance.names;
    const missing = expected.filter((n) => !given.includes(n));
    const extra = given.filter((n) => !expected.includes(n));
    if (missing.length) fail('covariance.names', `lacks coefficient${missing.length > 1 ? 's' : ''} ${list(missing)}`);
    if (extra.length) fail('covariance.names', `names no coefficient of the model: ${list(extra)}`);
  }),
  rule(['predictors', 'intercept', 'interactions', 'reference'], (m, fail) => {
    if (!('reference' in m)) return;
    const expected = namesOf(m);
    const means = m.reference.means;
    for (const name of expected) if (!Object.hasOwn(means, name)) fail(`reference.means.${name}`, 'is required');
    for (const name of Object.keys(means)) if (!expected.includes(name)) fail(`reference.means.${name}`, 'is not a field of this object');
  }),
  ...familyRules,
  rule(['version', 'changelog'], (m, fail) => {
    if (!m.changelog.some((e) => e.version === m.version)) fail('changelog', `has no entry for this version ${JSON.stringify(m.version)}`);
  }),
];

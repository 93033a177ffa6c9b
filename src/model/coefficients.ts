import type { Coefficient, Interaction, Predictor } from './types.ts';

export interface PlacedCoefficient {
  coefficient: Coefficient;
  /** Its JSON path: `predictors[0].levels[1].coefficient`. */
  path: string;
}

/** Every coefficient of a model with its place in the file: the intercept, then each term's, then each interaction column. */
export function coefficientsOf(m: { predictors: Predictor[]; intercept?: Coefficient; interactions?: Interaction[] }): PlacedCoefficient[] {
  const out: PlacedCoefficient[] = m.intercept ? [{ coefficient: m.intercept, path: 'intercept' }] : [];
  m.predictors.forEach((p, i) => {
    const at = `predictors[${i}]`;
    if (p.type === 'categorical') {
      p.levels.forEach((l, j) => l.coefficient && out.push({ coefficient: l.coefficient, path: `${at}.levels[${j}].coefficient` }));
    } else if (p.type === 'linear') {
      out.push({ coefficient: p.coefficient, path: `${at}.coefficient` });
    } else {
      p.coefficients.forEach((c, j) => out.push({ coefficient: c, path: `${at}.coefficients[${j}]` }));
    }
  });
  m.interactions?.forEach((it, i) => it.columns.forEach((c, j) => out.push({ coefficient: c, path: `interactions[${i}].columns[${j}]` })));
  return out;
}

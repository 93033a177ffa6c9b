import { array, boolean, define, literal, matching, object, optional, refine, union } from '../declare.ts';
import { categoricalRules } from '../rules/categoricalRules.ts';
import { numericRules, splineRules } from '../rules/numericRules.ts';
import { axisRules } from '../rules/axisRules.ts';
import type { COX_COEFFICIENT } from './coefficient.ts';
import { increasingNumbers, number, range, string, text } from './common.ts';

/** Fields every predictor has, whatever its type. */
const common = {
  id: matching('^[A-Za-z][A-Za-z0-9_-]*$', 'must be an identifier (a letter, then letters, digits, - or _)', {
    description: 'Stable identifier used in links, CLI input and test vectors: a letter, then letters, digits, - or _. Unique within the model.',
  }),
  label: text('Name of the predictor as shown.'),
  help: optional(text('Shown beside the label: what the predictor means and how it is measured.')),
  caution: optional(text('A note shown wherever the predictor\'s effect is shown (for example, "association, not a randomised comparison").')),
};

const AXIS = define(
  'axis',
  refine(
    object(
      {
        min: number({ description: 'Smallest admissible value.' }),
        max: number({ description: 'Largest admissible value.' }),
        ticks: increasingNumbers({ minItems: 2, description: 'Values labelled on the axis: strictly increasing, within [min, max].' }),
      },
      { description: 'The admissible range of the predictor and the nomogram axis. min < max.' },
    ),
    axisRules,
  ),
);

/** Fields of a predictor measured on a number line. */
const numeric = {
  ...common,
  unit: text('Unit of measurement, as shown beside values.'),
  axis: AXIS,
  step: optional(number({ exclusiveMinimum: 0, description: 'Input granularity (1 for counts and whole years); values are snapped to it.' })),
  integer: optional(boolean({ description: 'Whether values must be whole numbers (counts); then the axis ends must be whole numbers too.' })),
  derivationRange: optional(range('Range of the predictor in the derivation cohort; values outside it raise a warning.')),
  default: optional(number({ description: 'Value shown when the calculator opens, on the axis; the axis midpoint snapped to the step when absent.' })),
};

/**
 * The predictor types, for models whose coefficients follow `coefficient` (a Cox model's are
 * hazard ratios, a logistic model's odds ratios). A new term type is one more branch here.
 */
export function predictor(kind: string, coefficient: typeof COX_COEFFICIENT) {
  const level = define(
    `${kind}Level`,
    object({
      id: string({ description: 'Level identifier, unique within the predictor; used in links, CLI input and test vectors.' }),
      label: text(),
      coefficient: optional(coefficient),
    }),
  );
  const categorical = define(
    `${kind}CategoricalPredictor`,
    refine(
      object({
        ...common,
        type: literal('categorical'),
        levels: array(level, {
          minItems: 2,
          description: 'The categories, each with a unique id. Every level except the reference has a coefficient; the reference level has none.',
        }),
        reference: string({ description: 'Id of the reference level, which contributes 0 and has no coefficient.' }),
        default: optional(string({ description: 'Id of the level shown when the calculator opens; the reference level when absent.' })),
      }),
      categoricalRules,
    ),
  );
  const linear = define(
    `${kind}LinearPredictor`,
    refine(object({ ...numeric, type: literal('linear'), coefficient }, { description: 'A predictor with one coefficient per unit.' }), numericRules),
  );
  const spline = define(
    `${kind}SplinePredictor`,
    refine(
      object(
        {
          ...numeric,
          type: literal('rcs'),
          knots: increasingNumbers({ minItems: 3, description: 'Knot locations, strictly increasing (at least 3).' }),
          coefficients: array(coefficient, {
            minItems: 2,
            description: "One per knot minus one: the linear term, then the nonlinear terms (age, age', age'').",
          }),
        },
        { description: 'Restricted cubic spline, rms rcs() parametrisation (norm = 2): k knots, k - 1 coefficients.' },
      ),
      splineRules,
    ),
  );
  return union([categorical, linear, spline], {
    description: 'One predictor: categorical (levels), linear (one coefficient per unit) or rcs (restricted cubic spline).',
  });
}

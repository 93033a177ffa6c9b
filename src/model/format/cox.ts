import { array, define, literal, matching, object, oneOfStrings, optional, record, ref, refine, union } from '../declare.ts';
import { tableRules } from '../rules/tableRules.ts';
import { increasingNumbers, number, string, text } from './common.ts';

/** Survival over time of a reference patient, as a step function, with survfit's variance terms in format version 2. */
const TABLE_BASELINE = define(
  'tableBaseline',
  refine(
    object(
      {
        type: literal('table'),
        time: increasingNumbers({ minItems: 1, description: 'Times in timeUnit, starting at 0, strictly increasing.' }),
        survival: array(number({ exclusiveMinimum: 0, maximum: 1, errorMessage: 'must be in (0, 1]' }), {
          minItems: 1,
          description: 'Survival at each time, in (0, 1], 1 at time 0, never rising; one value per time.',
        }),
        cumulativeHazard: optional(
          array(number({ minimum: 0 }), {
            description:
              "Format version 2, with hazardVariance and xbar: survival's cumulative hazard at the reference (-log survival); one per time.",
          }),
        ),
        hazardVariance: optional(
          array(number({ minimum: 0 }), {
            description: "Format version 2: survival's cumulative variance term of the hazard (agsurv varhaz, summed); one per time.",
          }),
        ),
        xbar: optional(
          array(array(number()), {
            description:
              'Format version 2: survival\'s cumulative covariate-mean term (agsurv xbar), one row per time, one value per coefficient in the order of covariance.names. With these three the interval is survfit(fit, newdata, conf.type = "log-log"), the baseline\'s uncertainty included.',
          }),
        ),
      },
      { description: 'A step function (survfit at the means). Survival is not extrapolated past the last time.' },
    ),
    tableRules,
  ),
);

/** Time and its unit, shared by every model of survival over time. */
export const timeFields = {
  timeUnit: oneOfStrings(['days', 'weeks', 'months', 'years'], { description: 'Unit of horizons, baseline times and medians.' }),
  horizons: increasingNumbers(
    { minItems: 1, description: 'Times at which the risk is reported, in timeUnit; positive and strictly increasing.' },
    number({ exclusiveMinimum: 0 }),
  ),
};

/** The fields only a Cox model has: when survival is reported, and of whom. */
export const coxFields = {
  ...timeFields,
  reference: define(
    'referenceProfile',
    object(
      {
        description: text('Who the reference profile is, in words.'),
        means: record(number(), { description: "Coefficient name to mean of that design column; exactly the model's coefficient names." }),
        linearPredictor: optional(
          number({ description: 'Reference linear predictor as reported by the source (rms center); checked against the means.' }),
        ),
      },
      {
        description:
          'The reference profile: the mean of every design column (rms means). Survival is the baseline raised to exp(LP - LP_ref).',
      },
    ),
  ),
  stratum: optional(
    define(
      'stratum',
      object(
        {
          id: matching('^[A-Za-z][A-Za-z0-9_-]*$', 'must be an identifier (a letter, then letters, digits, - or _)', {
            description: 'Identifier of the stratum input (links, CLI input, test vectors); unique among predictor ids.',
          }),
          label: text('Name of the stratum variable as shown.'),
          help: optional(text('What the strata are and how a patient is placed in one.')),
          levels: array(object({ id: string({ description: 'A key of baseline.strata.' }), label: text() }), {
            minItems: 2,
            description: 'The strata, each with its own baseline survival in baseline.strata.',
          }),
          default: optional(string({ description: 'Id of the stratum shown when the calculator opens; the first when absent.' })),
        },
        {
          description:
            'Format version 2: a categorical input that selects its own baseline survival (coxph strata()). It has no coefficient and no points: the survival scales follow the stratum chosen.',
        },
      ),
    ),
  ),
  baseline: union(
    [
      TABLE_BASELINE,
      define(
        'strataBaseline',
        object(
          {
            type: literal('strata'),
            strata: record(ref(TABLE_BASELINE), {
              description: "One baseline table per stratum, keyed by the stratum predictor's level ids; the coefficients are shared.",
            }),
          },
          { description: 'Format version 2: a stratified Cox model (coxph strata()), one baseline per stratum.' },
        ),
      ),
      define(
        'exponentialBaseline',
        object(
          {
            type: literal('exponential'),
            median: number({ exclusiveMinimum: 0, description: 'Median survival of the reference profile, in timeUnit.' }),
          },
          { description: 'Exponential baseline reconstructed from a reported median survival of the reference profile.' },
        ),
      ),
    ],
    { description: 'Baseline survival of the reference profile.' },
  ),
};

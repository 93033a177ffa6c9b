import { array, define, literal, object, oneOfStrings, optional, record, refine, union } from '../declare.ts';
import { tableRules } from '../rules/tableRules.ts';
import { increasingNumbers, number, text } from './common.ts';

/** The fields only a Cox model has: when survival is reported, and of whom. */
export const coxFields = {
  timeUnit: oneOfStrings(['days', 'weeks', 'months', 'years'], { description: 'Unit of horizons, baseline times and medians.' }),
  horizons: increasingNumbers(
    { minItems: 1, description: 'Times at which survival is reported, in timeUnit; positive and strictly increasing.' },
    number({ exclusiveMinimum: 0 }),
  ),
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
  baseline: union(
    [
      define(
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
            },
            { description: 'A step function (rms survfit at the means). Survival is not extrapolated past the last time.' },
          ),
          tableRules,
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

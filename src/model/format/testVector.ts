import { array, define, nullable, object, optional, record, stringOrNumber } from '../declare.ts';
import { number, string } from './common.ts';

const risk = define('risk', number({ minimum: 0, maximum: 1 }));
const nullableRisk = define('nullableRisk', nullable(risk));
/** A risk at each of some times, with its 95% interval. */
const overTime = (description: string) =>
  array(object({ time: number({ minimum: 0 }), estimate: nullableRisk, lower: optional(nullableRisk), upper: optional(nullableRisk) }), {
    description,
  });
const tolerance = (description: string) => optional(number({ minimum: 0, description }));

/** One patient and the results the source gives for them; the tests run the engine on each. */
export const TEST_VECTOR = define(
  'testVector',
  object(
    {
      description: string({ description: 'Where the expected values come from.' }),
      inputs: record(stringOrNumber(), {
        description: 'Predictor id to level id (categorical) or number on the axis; every predictor, and nothing else.',
      }),
      expected: object(
        {
          points: optional(record(number(), { description: 'Predictor id to its points.' })),
          totalPoints: optional(number()),
          linearPredictor: optional(
            number({ description: "Cox: LP - LP_ref. Logistic and parametric: LP including the intercept. Fine-Gray: x'beta." }),
          ),
          linearPredictorSe: optional(number({ minimum: 0 })),
          survival: optional(
            overTime('Cox and parametric: survival at the given times (in timeUnit); null past the end of a baseline table.'),
          ),
          medianSurvival: optional(nullable(number({ description: 'Cox and parametric: median survival; null when a table ends first.' }))),
          cumulativeIncidence: optional(
            overTime('Fine-Gray: the cumulative incidence of the event of interest at the given times; null past the end of the table.'),
          ),
          probability: optional(
            object(
              { estimate: risk, lower: optional(risk), upper: optional(risk) },
              { description: 'Logistic: the probability and its 95% interval.' },
            ),
          ),
        },
        { description: 'Any subset of the results; each one given is checked.' },
      ),
      tolerance: optional(
        object(
          {
            points: tolerance('Absolute tolerance of points; 0.01 when absent.'),
            linearPredictor: tolerance(
              'Absolute tolerance of the linear predictor and its SE; when absent 1e-9, widened for an ill-conditioned fit to a few units in the last place of the largest terms of the sums (src/engine/tolerance.ts).',
            ),
            risk: tolerance('Absolute tolerance of risks; 1e-6 when absent.'),
          },
          { description: 'Absolute tolerances; defaults: points 0.01, linear predictor 1e-9, risks 1e-6.' },
        ),
      ),
    },
    { description: 'One patient and the results the source gives for them.' },
  ),
);

import { array, define, literal, object, record, refine } from '../declare.ts';
import type { Fail } from '../declare.ts';
import { increasingNumbers, number, text } from './common.ts';
import { timeFields } from './cox.ts';

/** A cumulative hazard is a step function from 0 at time 0 that never falls. */
function cumulativeHazardRules(
  { time, cumulativeHazard: h }: { time: number[]; cumulativeHazard: number[] },
  path: string,
  fail: Fail,
): void {
  if (time[0] !== 0) fail(`${path}.time[0]`, `the table starts at time 0 (no incidence), got ${time[0]}`);
  if (h.length !== time.length) fail(`${path}.cumulativeHazard`, `must have one value per time (${time.length}), got ${h.length}`);
  if (h[0] !== 0) fail(`${path}.cumulativeHazard[0]`, `is 0 at time 0, got ${h[0]}`);
  h.forEach((v, i) => {
    if (i > 0 && v < h[i - 1]!) fail(`${path}.cumulativeHazard[${i}]`, `a cumulative hazard cannot fall over time: ${v} after ${h[i - 1]}`);
  });
}

/**
 * Format version 2: the fields of a Fine-Gray competing-risks model (cmprsk::crr,
 * riskRegression::FGR): the cumulative incidence of the event of interest
 * CIF(t | x) = 1 - exp(-H0(t) exp(LP)), LP = x'beta uncentred.
 */
export const fineGrayFields = {
  ...timeFields,
  competingEvent: text('The competing event, which prevents the event of interest (for example, death without progression).'),
  reference: object(
    {
      description: text('Who the mean patient is, in words.'),
      means: record(number(), { description: "Coefficient name to mean of that design column; exactly the model's coefficient names." }),
    },
    { description: 'The mean design row of the fit: the 95% interval is computed around it.' },
  ),
  baseline: define(
    'cumulativeHazardBaseline',
    refine(
      object(
        {
          type: literal('cumulativeHazard'),
          time: increasingNumbers({ minItems: 2, description: 'Times in timeUnit, from 0, strictly increasing, to the end of follow-up.' }),
          cumulativeHazard: array(number({ minimum: 0 }), {
            description:
              'Baseline cumulative subdistribution hazard at covariates 0 (crr: cumsum(bfitj)); one per time, 0 at time 0, never falling.',
          }),
        },
        { description: 'A step function; the incidence is not extrapolated past the last time.' },
      ),
      cumulativeHazardRules,
    ),
  ),
};

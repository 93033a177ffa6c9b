import { define, exactlyOne, narrow, never, object, optional, refine } from '../declare.ts';
import { estimateInInterval } from '../rules/estimateInInterval.ts';
import { number, range, string } from './common.ts';

const ratio = (description: string) => optional(number({ exclusiveMinimum: 0, description }));

/** Every field a coefficient may have; each kind of model admits the ratio it reports. */
const COEFFICIENT = refine(
  object(
    {
      name: string({ description: "Design-column name, as R names it (stage=high, age'); unique within the model." }),
      beta: optional(number({ description: 'Coefficient on the log scale (log hazard ratio or log odds ratio).' })),
      hazardRatio: ratio('exp(beta), the hazard ratio: Cox models only.'),
      oddsRatio: ratio('exp(beta), the odds ratio: logistic models only.'),
      ci95: optional(range('Published 95% confidence interval, on the scale of the value given.')),
    },
    {
      description:
        'One regression coefficient. Give beta (log scale) or the ratio the paper reports, never both. ci95 is the published 95% interval on the same scale as the value given; it must contain the value, and it is required on every coefficient when the model has no covariance.',
    },
  ),
  estimateInInterval,
);

/** A coefficient of a model of `kind`, given as beta or as `ratio`; any other ratio is refused with the reason. */
function coefficientOf(kind: string, ratio: string) {
  const others = Object.keys(COEFFICIENT.properties!).filter((k) => k.endsWith('Ratio') && k !== ratio);
  const refused = never(`a ${kind} model's coefficients are given as beta or ${ratio}`);
  return define(`${kind}Coefficient`, narrow(COEFFICIENT, Object.fromEntries(others.map((k) => [k, refused])), exactlyOne(['beta', ratio])));
}

export const COX_COEFFICIENT = coefficientOf('cox', 'hazardRatio');
export const LOGISTIC_COEFFICIENT = coefficientOf('logistic', 'oddsRatio');

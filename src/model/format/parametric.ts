import { object, oneOfStrings, optional, ref } from '../declare.ts';
import { LOGISTIC_COEFFICIENT } from './coefficient.ts';
import { number, string } from './common.ts';
import { timeFields } from './cox.ts';

/**
 * Format version 2: the fields of a parametric survival model (survival::survreg, rms::psm), log
 * time location-scale: w = (log t - LP) / sigma, S(t | x) = 1 - F(w).
 */
export const parametricFields = {
  ...timeFields,
  distribution: oneOfStrings(['weibull', 'exponential', 'lognormal', 'loglogistic'], {
    description: 'F: extreme value (weibull; exponential with sigma 1), normal (lognormal) or logistic (loglogistic).',
  }),
  intercept: ref(LOGISTIC_COEFFICIENT, {
    description: 'The intercept of the linear predictor of log time, as beta; named in covariance.names.',
  }),
  scale: object(
    {
      sigma: number({ exclusiveMinimum: 0, description: 'The scale sigma (survreg scale); 1 for the exponential.' }),
      name: optional(
        string({ description: 'Name of log(sigma) in covariance.names ("Log(scale)"); absent for the exponential, whose scale is fixed.' }),
      ),
    },
    { description: 'The scale of the log-time distribution.' },
  ),
};

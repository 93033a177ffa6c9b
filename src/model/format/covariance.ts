import { array, define, object, refine } from '../declare.ts';
import { covarianceRules } from '../rules/covarianceRules.ts';
import { number, string } from './common.ts';

/** rms `vcov`: the coefficients' variance-covariance matrix, in the order of `names`. */
export const COVARIANCE = define(
  'covariance',
  refine(
    object(
      {
        names: array(string(), {
          minItems: 1,
          uniqueItems: true,
          description: "Column order of matrix: every coefficient name exactly once (and the intercept's name for logistic).",
        }),
        matrix: array(array(number()), {
          description: 'Square (names.length rows and columns), symmetric, positive semidefinite.',
        }),
      },
      {
        description:
          'Variance-covariance matrix of the coefficients (rms vcov). With it, intervals use the full matrix; without it, every coefficient needs a ci95 and the coefficients are treated as independent.',
      },
    ),
    covarianceRules,
  ),
);

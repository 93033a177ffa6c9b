import { array, define, matching, object, pair } from '../declare.ts';
import { number, string } from './common.ts';

/**
 * Format version 2: a term that multiplies the design columns of two predictors, one of them
 * categorical (R's `age:sexfemale`). Drawn as rms nomogram(..., interact =) draws it: one axis of
 * the other predictor per level of the categorical one, carrying both main effects and the products.
 */
export const INTERACTION = define(
  'interaction',
  object(
    {
      id: matching('^[A-Za-z][A-Za-z0-9_-]*$', 'must be an identifier (a letter, then letters, digits, - or _)', {
        description: 'Identifier of the interaction row (its points in test vectors); unique among predictor and interaction ids.',
      }),
      between: pair(string(), {
        description: 'The ids of the two predictors; at least one is categorical, and each is in one interaction only.',
      }),
      columns: array(
        object(
          {
            name: string({ description: 'Design-column name as R gives it (rcs(age, 3)age:sexfemale); unique within the model.' }),
            beta: number({ description: 'Coefficient on the log scale.' }),
            of: pair(string(), {
              description:
                'The two design columns multiplied: a coefficient name of the first predictor, then one of the second (a level coefficient of a categorical predictor).',
            }),
          },
          { description: 'One design column: the product of one column of each predictor.' },
        ),
        { minItems: 1 },
      ),
    },
    { description: 'A two-way interaction (format version 2).' },
  ),
);

export const INTERACTIONS = array(INTERACTION, {
  description: "Two-way interactions (format version 2), after the predictors' own columns.",
});

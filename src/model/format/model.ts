import { array, boolean, define, literal, matching, object, oneOfNumbers, optional, ref, union } from '../declare.ts';
import { cardFields } from './card.ts';
import { COX_COEFFICIENT, LOGISTIC_COEFFICIENT } from './coefficient.ts';
import { semver, string, text } from './common.ts';
import { COVARIANCE } from './covariance.ts';
import { coxFields } from './cox.ts';
import { fineGrayFields } from './fineGray.ts';
import { INTERACTIONS } from './interaction.ts';
import { parametricFields } from './parametric.ts';
import { predictor } from './predictor.ts';
import { TEST_VECTOR } from './testVector.ts';

/** What every model says about itself, whatever its kind. */
const identity = {
  $schema: optional(string({ description: 'Path to this schema, for editors: "../model.schema.json".' })),
  formatVersion: oneOfNumbers([1, 2], {
    description: 'Version of the file format: 1, or 2 for interactions, strata, survfit intervals, parametric and Fine-Gray models.',
  }),
  id: matching('^[a-z0-9][a-z0-9-]*$', 'must be lower-case letters, digits and hyphens', {
    description: 'Stable model identifier: lower-case letters, digits and hyphens. The folder name under models/.',
  }),
  version: semver('Semantic version of this encoding of the model (not of the paper). The file name without .json.'),
  title: text('Name of the model as shown in lists and headings.'),
  outcome: text('What the risk is of: "Overall survival", "Lymph node metastasis".'),
  summary: text('One line shown wherever the model is offered.'),
  teachingOnly: optional(boolean({ description: 'True when the model is for teaching only (public data, not for clinical use).' })),
  approximate: optional(text('Present when the figures are approximate, with the reason (for example a reconstructed baseline).')),
  event: optional(
    define(
      'event',
      object(
        {
          name: text(
            'A noun phrase that fits "free of ..." / "未发生...": "death from any cause", "relapse or death", "low birth weight".',
          ),
          death: boolean({ description: 'True when the event is death alone, so the page can say "alive" and "died".' }),
        },
        { description: 'The event as the source defines it; results, icon arrays and curves are worded from it.' },
      ),
    ),
  ),
  comparisonCaveat: optional(
    text(
      'What a difference between two scenarios can and cannot mean, given how the source study was designed (randomised or not, for which predictors); shown under every comparison.',
    ),
  ),
  startingValues: optional(
    text('How the values the calculator opens with were chosen (most common level, median...); shown on the model card.'),
  ),
};

const predictors = (kind: string, coefficient: typeof COX_COEFFICIENT) =>
  array(predictor(kind, coefficient), {
    minItems: 1,
    description: 'The predictors, in the order they are shown. Predictor ids and coefficient names are unique.',
  });

/** The fields after the kind's own: interactions, uncertainty, the model card, and the worked examples. */
const rest = {
  interactions: optional(INTERACTIONS),
  covariance: optional(COVARIANCE),
  ...cardFields,
  testVectors: array(TEST_VECTOR, {
    minItems: 1,
    description: 'Worked examples with the results the source gives; the test suite checks the engine against every one.',
  }),
};

export const COX_MODEL = define(
  'coxModel',
  object(
    {
      ...identity,
      kind: literal('cox', { description: 'A Cox model: survival over time.' }),
      ...coxFields,
      predictors: predictors('cox', COX_COEFFICIENT),
      ...rest,
    },
    { description: 'A Cox proportional hazards model (rms cph): survival at each horizon.' },
  ),
);

export const LOGISTIC_MODEL = define(
  'logisticModel',
  object(
    {
      ...identity,
      kind: literal('logistic', { description: 'A logistic model: a probability.' }),
      intercept: ref(LOGISTIC_COEFFICIENT, {
        description:
          'The intercept, as beta or oddsRatio; its name (usually "Intercept") must appear in covariance.names when there is a covariance.',
      }),
      predictors: predictors('logistic', LOGISTIC_COEFFICIENT),
      ...rest,
    },
    { description: 'A logistic regression model (rms lrm): the probability of the outcome.' },
  ),
);

/** Format version 2 only: the kinds beyond Cox and logistic. */
const version2 = literal(2, {
  errorMessage: 'must be 2 (this kind of model is format version 2)',
  description: 'Version of the file format: 2.',
});

export const PARAMETRIC_MODEL = define(
  'parametricModel',
  object(
    {
      ...identity,
      formatVersion: version2,
      kind: literal('parametric', { description: 'A parametric survival model: survival over time from a distribution of log time.' }),
      ...parametricFields,
      predictors: predictors('parametric', LOGISTIC_COEFFICIENT),
      ...rest,
    },
    { description: 'A parametric survival model (survival::survreg, rms::psm): Weibull, exponential, log-normal or log-logistic.' },
  ),
);

export const FINE_GRAY_MODEL = define(
  'fineGrayModel',
  object(
    {
      ...identity,
      formatVersion: version2,
      kind: literal('fineGray', { description: 'A competing-risks model: the cumulative incidence of the event of interest.' }),
      ...fineGrayFields,
      predictors: predictors('fineGray', LOGISTIC_COEFFICIENT),
      ...rest,
    },
    { description: 'A Fine-Gray competing-risks model (cmprsk::crr, riskRegression::FGR).' },
  ),
);

/** A model file, format version 1 or 2. A new kind of model is one more branch, told apart by `kind`. */
export const MODEL = union([COX_MODEL, LOGISTIC_MODEL, PARAMETRIC_MODEL, FINE_GRAY_MODEL], {
  title: 'Nomogram calculator model file, format versions 1 and 2',
  description:
    'One JSON file per model version, at models/<id>/<version>.json. This schema is generated from the declaration in src/model/format/ (npm run schema), which also gives the TypeScript types and the checks validateModel (src/model/validate.ts) runs when a file is loaded. Beyond this schema, validateModel enforces the rules a schema cannot say: knots, ticks, horizons and baseline times strictly increasing; ticks and defaults on the axis; a baseline table from time 0 with survival 1, never rising, one value per time; each ci95 containing its estimate; the covariance matrix square over its names, symmetric and positive semidefinite, with exactly one row per coefficient; coefficient names, predictor ids and level ids unique; the reference level without a coefficient and every other level with one; a ci95 on every coefficient when there is no covariance; reference.means naming every coefficient; reference.linearPredictor agreeing with the means; no more events than patients; a changelog entry for this version; real calendar dates; and test-vector inputs naming every predictor with an admissible value.',
});

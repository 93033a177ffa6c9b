/**
 * The model file format, version 1, as TypeScript types. Each type is read off the declaration
 * in `format/` (where every field is described), which also gives `models/model.schema.json`
 * (`npm run schema`) and the checks `validateModel` runs; nothing here is declared by hand.
 */
import type { Static } from './declare.ts';
import type { COX_COEFFICIENT, LOGISTIC_COEFFICIENT } from './format/coefficient.ts';
import type { TEXT } from './format/common.ts';
import type { COVARIANCE } from './format/covariance.ts';
import type { COX_MODEL, FINE_GRAY_MODEL, LOGISTIC_MODEL, PARAMETRIC_MODEL } from './format/model.ts';
import type { INTERACTION } from './format/interaction.ts';
import type { TEST_VECTOR } from './format/testVector.ts';

/** Text in every language the interface speaks. */
export type Text = Static<typeof TEXT>;
export type Language = keyof Text;

export type CoxModel = Static<typeof COX_MODEL>;
export type LogisticModel = Static<typeof LOGISTIC_MODEL>;
/** Format version 2: survreg / psm. */
export type ParametricModel = Static<typeof PARAMETRIC_MODEL>;
/** Format version 2: cmprsk crr / riskRegression FGR. */
export type FineGrayModel = Static<typeof FINE_GRAY_MODEL>;
export type Model = CoxModel | LogisticModel | ParametricModel | FineGrayModel;
/** The kinds that report risk over time. */
export type TimedModel = CoxModel | ParametricModel | FineGrayModel;
/** Format version 2: a two-way interaction. */
export type Interaction = Static<typeof INTERACTION>;
/** Format version 2: a Cox model's stratum input. */
export type Stratum = NonNullable<CoxModel['stratum']>;

/** One regression coefficient: `beta`, or the ratio its kind of model reports. */
export type Coefficient = Static<typeof COX_COEFFICIENT> | Static<typeof LOGISTIC_COEFFICIENT>;

export type Predictor = Model['predictors'][number];
export type CategoricalPredictor = Extract<Predictor, { type: 'categorical' }>;
export type LinearPredictor = Extract<Predictor, { type: 'linear' }>;
/** Restricted cubic spline, rms `rcs()` parametrisation (norm = 2): k knots, k - 1 coefficients. */
export type SplinePredictor = Extract<Predictor, { type: 'rcs' }>;
export type NumericPredictor = LinearPredictor | SplinePredictor;
export type Level = CategoricalPredictor['levels'][number];
export type Axis = NumericPredictor['axis'];

export type Baseline = CoxModel['baseline'];
/** Baseline survival of the reference profile, as a step function (rms `survfit` at the means). */
export type TableBaseline = Extract<Baseline, { type: 'table' }>;
/** Format version 2: one baseline table per stratum. */
export type StrataBaseline = Extract<Baseline, { type: 'strata' }>;
/** Exponential baseline reconstructed from a reported median survival of the reference profile. */
export type ExponentialBaseline = Extract<Baseline, { type: 'exponential' }>;
export type ReferenceProfile = CoxModel['reference'];
export type TimeUnit = CoxModel['timeUnit'];

export type Covariance = Static<typeof COVARIANCE>;
export type Provenance = Model['provenance'];
/** What the model counts as its event: a survival model's "survival" is freedom from it. */
export type ModelEvent = NonNullable<Model['event']>;
export type Performance = Model['performance'][number];
export type ChangelogEntry = Model['changelog'][number];
export type TestVector = Static<typeof TEST_VECTOR>;

/** Inputs of one patient: predictor id to level id or number. */
export type Inputs = Record<string, string | number>;

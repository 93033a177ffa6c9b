/**
 * The model file format, version 1. One JSON file per model version at
 * `models/<id>/<version>.json`; `models/model.schema.json` describes the same shape for editors,
 * and `validateModel` checks it (with the numeric rules a schema cannot say) when the build or the CLI reads a file.
 */

/** Text in every language the interface speaks. */
export interface Text {
  en: string;
  zh: string;
}

export type Language = keyof Text;

/**
 * One regression coefficient. Give `beta` (log scale) or the ratio a paper reports
 * (`hazardRatio` for Cox, `oddsRatio` for logistic), never both. `ci95` is the published 95%
 * confidence interval on the same scale as the value given; it is required for every coefficient
 * when the model has no `covariance`.
 */
export interface Coefficient {
  /** Design-column name, as R names it (`stage=high`, `age'`); unique within the model. */
  name: string;
  beta?: number;
  hazardRatio?: number;
  oddsRatio?: number;
  ci95?: [number, number];
}

export interface Level {
  id: string;
  label: Text;
  /** Absent on the reference level, which contributes 0 to the linear predictor. */
  coefficient?: Coefficient;
}

interface PredictorBase {
  /** Stable identifier used in links, CLI input and test vectors. */
  id: string;
  label: Text;
  /** Shown beside the label: what the predictor means and how it is measured. */
  help?: Text;
  /** A note shown wherever the predictor's effect is shown (for example, "association, not a randomised comparison"). */
  caution?: Text;
}

export interface CategoricalPredictor extends PredictorBase {
  type: 'categorical';
  levels: Level[];
  reference: string;
  /** Level shown when the calculator opens; the reference level when absent. */
  default?: string;
}

export interface Axis {
  min: number;
  max: number;
  /** Values labelled on the nomogram axis, within [min, max]. */
  ticks: number[];
}

interface NumericBase extends PredictorBase {
  unit: Text;
  axis: Axis;
  /** Input granularity: 1 for counts and whole years. Values are snapped to it. */
  step?: number;
  /** Whether values must be whole numbers (counts). */
  integer?: boolean;
  /** Range of the predictor in the derivation cohort; values outside it raise a warning. */
  derivationRange?: [number, number];
  /** Value shown when the calculator opens; the axis midpoint snapped to the step when absent. */
  default?: number;
}

export interface LinearPredictor extends NumericBase {
  type: 'linear';
  coefficient: Coefficient;
}

/** Restricted cubic spline, rms `rcs()` parametrisation (norm = 2): k knots, k - 1 coefficients. */
export interface SplinePredictor extends NumericBase {
  type: 'rcs';
  knots: number[];
  coefficients: Coefficient[];
}

export type NumericPredictor = LinearPredictor | SplinePredictor;
export type Predictor = CategoricalPredictor | NumericPredictor;

/** Baseline survival of the reference profile, as a step function (rms `survfit` at the means). */
export interface TableBaseline {
  type: 'table';
  time: number[];
  survival: number[];
}

/** Exponential baseline reconstructed from a reported median survival of the reference profile. */
export interface ExponentialBaseline {
  type: 'exponential';
  median: number;
}

export type Baseline = TableBaseline | ExponentialBaseline;

/** The reference profile: the mean of every design column (rms `means`). */
export interface ReferenceProfile {
  description: Text;
  means: Record<string, number>;
  /** Reference linear predictor as reported by the source (rms `center`); checked against the means. */
  linearPredictor?: number;
}

export interface Covariance {
  /** Column order of `matrix`; every coefficient name exactly once (and `Intercept` for logistic). */
  names: string[];
  matrix: number[][];
}

export interface Performance {
  measure: Text;
  value: number;
  ci95?: [number, number];
  /** Where it was measured: apparent, internal or external validation, and at which time. */
  setting: Text;
}

export interface Provenance {
  citation: string;
  doi?: string;
  url?: string;
  population: Text;
  eligibility: Text;
  setting: Text;
  /** Period of the derivation cohort, as reported (`2020-01/2022-12`). */
  period: string;
  cohortSize: number;
  events?: number;
  outcomeDefinition: Text;
}

export interface ChangelogEntry {
  version: string;
  date: string;
  changes: Text;
}

export interface TestVector {
  description: string;
  inputs: Record<string, string | number>;
  expected: {
    points?: Record<string, number>;
    totalPoints?: number;
    /** Cox: LP - LP_ref. Logistic: LP including the intercept. */
    linearPredictor?: number;
    linearPredictorSe?: number;
    survival?: { time: number; estimate: number | null; lower?: number | null; upper?: number | null }[];
    medianSurvival?: number | null;
    probability?: { estimate: number; lower?: number; upper?: number };
  };
  /** Absolute tolerances; defaults: points 0.01, risks 1e-6, linear predictor and its SE 1e-9 or the fit's rounding bound (engine/tolerance.ts). */
  tolerance?: { points?: number; linearPredictor?: number; risk?: number };
}

export type TimeUnit = 'days' | 'weeks' | 'months' | 'years';

interface ModelBase {
  $schema?: string;
  formatVersion: 1;
  id: string;
  /** Semantic version of this encoding of the model. */
  version: string;
  title: Text;
  /** What the risk is of: "Overall survival", "Lymph node metastasis". */
  outcome: Text;
  /** One line shown wherever the model is offered. */
  summary: Text;
  /** Whether the model is for teaching only (public data, not for clinical use). */
  teachingOnly?: boolean;
  /** Present when the figures are approximate, with the reason. */
  approximate?: Text;
  predictors: Predictor[];
  covariance?: Covariance;
  provenance: Provenance;
  performance: Performance[];
  intendedUse: Text;
  /** How the points and risks were derived from the source. */
  method: Text;
  assumptions: Text[];
  knownProblems: Text[];
  changelog: ChangelogEntry[];
  testVectors: TestVector[];
}

export interface CoxModel extends ModelBase {
  kind: 'cox';
  timeUnit: TimeUnit;
  /** Times at which survival is reported, in `timeUnit`. */
  horizons: number[];
  reference: ReferenceProfile;
  baseline: Baseline;
}

export interface LogisticModel extends ModelBase {
  kind: 'logistic';
  intercept: Coefficient;
}

export type Model = CoxModel | LogisticModel;

/** Inputs of one patient: predictor id to level id or number. */
export type Inputs = Record<string, string | number>;

import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { validateModel, type ModelProblem } from '../src/model/validate.ts';

// Each case clones the valid veteran model and breaks one thing. Its predictors, by index:
// 0 trt (categorical, reference "standard"), 1 celltype (categorical, reference "squamous"),
// 2 karno (linear, axis 10..100), 3 age (rcs, 4 knots, 3 coefficients, axis 30..85), 4 prior (categorical).
// The covariance matrix is 9 x 9 over trt=test, celltype=smallcell, celltype=adeno, celltype=large,
// karno, age, age', age'', prior=yes.

/** A model file being broken on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- malformed model files are built by poking at arbitrary JSON
type Json = any;

const veteran: Json = JSON.parse(readFileSync(new URL('../models/veteran-teaching/1.0.0.json', import.meta.url), 'utf8'));

/** A fresh copy of the veteran model with one change; a returned value replaces the whole file. */
function broken(mutate: (m: Json) => unknown): unknown {
  const m = structuredClone(veteran);
  const replaced = mutate(m);
  return replaced === undefined ? m : replaced;
}

function problemsOf(json: unknown): ModelProblem[] {
  const result = validateModel(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

interface Case {
  /** Completes "rejects ...". */
  what: string;
  mutate: (m: Json) => unknown;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  // Removed required fields, at several depths.
  { what: 'a model without a title', mutate: (m) => void delete m.title, path: 'title', message: /is required/ },
  { what: 'a model without a kind', mutate: (m) => void delete m.kind, path: 'kind', message: /is required/ },
  { what: 'a Cox model without a baseline', mutate: (m) => void delete m.baseline, path: 'baseline', message: /is required/ },
  {
    what: 'a provenance without a cohort size',
    mutate: (m) => void delete m.provenance.cohortSize,
    path: 'provenance.cohortSize',
    message: /is required/,
  },
  {
    what: 'an axis without a max',
    mutate: (m) => void delete m.predictors[2].axis.max,
    path: 'predictors[2].axis.max',
    message: /is required/,
  },
  {
    what: 'a level without a label',
    mutate: (m) => void delete m.predictors[1].levels[2].label,
    path: 'predictors[1].levels[2].label',
    message: /is required/,
  },
  {
    what: 'a table baseline without survival',
    mutate: (m) => void delete m.baseline.survival,
    path: 'baseline.survival',
    message: /is required/,
  },
  { what: 'a spline without knots', mutate: (m) => void delete m.predictors[3].knots, path: 'predictors[3].knots', message: /is required/ },
  {
    what: 'a test vector without inputs',
    mutate: (m) => void delete m.testVectors[2].inputs,
    path: 'testVectors[2].inputs',
    message: /is required/,
  },
  { what: 'a Text without its Chinese', mutate: (m) => void delete m.title.zh, path: 'title.zh', message: /is required/ },
  {
    what: 'a nested Text without its English',
    mutate: (m) => void delete m.predictors[1].levels[2].label.en,
    path: 'predictors[1].levels[2].label.en',
    message: /is required/,
  },

  // Wrong types.
  {
    what: 'a title that is a plain string',
    mutate: (m) => void (m.title = 'Veterans'),
    path: 'title',
    message: /must be an object, got "Veterans"/,
  },
  {
    what: 'an axis end given as a string',
    mutate: (m) => void (m.predictors[2].axis.min = '10'),
    path: 'predictors[2].axis.min',
    message: /must be a finite number, got "10"/,
  },
  {
    what: 'teachingOnly given as "yes"',
    mutate: (m) => void (m.teachingOnly = 'yes'),
    path: 'teachingOnly',
    message: /must be true or false, got "yes"/,
  },
  {
    what: 'an event without saying whether it is death',
    mutate: (m) => void (m.event = { name: { en: 'death', zh: '死亡' } }),
    path: 'event.death',
    message: /is required/,
  },
  {
    what: 'an event whose death flag is "yes"',
    mutate: (m) => void (m.event = { name: { en: 'death', zh: '死亡' }, death: 'yes' }),
    path: 'event.death',
    message: /must be true or false, got "yes"/,
  },
  {
    what: 'an event name in English only',
    mutate: (m) => void (m.event = { name: 'death', death: true }),
    path: 'event.name',
    message: /must be an object, got "death"/,
  },
  {
    what: 'a comparison caveat that is a plain string',
    mutate: (m) => void (m.comparisonCaveat = 'randomised'),
    path: 'comparisonCaveat',
    message: /must be an object, got "randomised"/,
  },
  {
    what: 'starting values explained without Chinese',
    mutate: (m) => void (m.startingValues = { en: 'medians' }),
    path: 'startingValues.zh',
    message: /is required/,
  },
  {
    what: 'a period given as Text without Chinese',
    mutate: (m) => void (m.provenance.period = { en: 'not stated' }),
    path: 'provenance.period.zh',
    message: /is required/,
  },
  {
    what: 'predictors given as an object',
    mutate: (m) => void (m.predictors = {}),
    path: 'predictors',
    message: /must be an array, got \{\}/,
  },
  {
    what: 'a predictor that is not an object',
    mutate: (m) => void (m.predictors[1] = 'celltype'),
    path: 'predictors[1]',
    message: /must be an object/,
  },
  { what: 'an empty Text', mutate: (m) => void (m.outcome.en = '   '), path: 'outcome.en', message: /must be a non-empty string/ },
  {
    what: 'a cohort size that is not a whole number',
    mutate: (m) => void (m.provenance.cohortSize = 137.5),
    path: 'provenance.cohortSize',
    message: /must be a whole number, got 137.5/,
  },
  {
    what: 'more events than patients',
    mutate: (m) => void (m.provenance.events = 200),
    path: 'provenance.events',
    message: /must be at most 137, got 200/,
  },
  {
    what: 'an expected total that is a string',
    mutate: (m) => void (m.testVectors[0].expected.totalPoints = '138.8'),
    path: 'testVectors[0].expected.totalPoints',
    message: /must be a finite number, got "138.8"/,
  },
  {
    what: 'an expected survival above 1',
    mutate: (m) => void (m.testVectors[0].expected.survival[1].upper = 1.5),
    path: 'testVectors[0].expected.survival[1].upper',
    message: /must be at most 1, got 1.5/,
  },
  {
    what: 'a tolerance that is negative',
    mutate: (m) => void (m.testVectors[0].tolerance = { risk: -1 }),
    path: 'testVectors[0].tolerance.risk',
    message: /must be at least 0, got -1/,
  },
  {
    what: 'a covariance name that is not a string',
    mutate: (m) => void (m.covariance.names[3] = {}),
    path: 'covariance.names[3]',
    message: /must be a non-empty string, got \{\}/,
  },

  // NaN, Infinity and implausible magnitudes (JSON cannot hold NaN, but a caller can pass it).
  {
    what: 'a NaN coefficient',
    mutate: (m) => void (m.predictors[0].levels[1].coefficient.beta = NaN),
    path: 'predictors[0].levels[1].coefficient.beta',
    message: /must be a finite number, got NaN/,
  },
  {
    what: 'an infinite covariance',
    mutate: (m) => void (m.covariance.matrix[2][2] = Infinity),
    path: 'covariance.matrix[2][2]',
    message: /must be a finite number, got Infinity/,
  },
  {
    what: 'a baseline time of -Infinity',
    mutate: (m) => void (m.baseline.time[3] = -Infinity),
    path: 'baseline.time[3]',
    message: /must be a finite number, got -Infinity/,
  },
  {
    what: 'a NaN reference mean',
    mutate: (m) => void (m.reference.means.karno = NaN),
    path: 'reference.means.karno',
    message: /must be a finite number, got NaN/,
  },
  {
    what: 'a coefficient too large to compute with',
    mutate: (m) => void (m.predictors[2].coefficient.beta = 1e300),
    path: 'predictors[2].coefficient.beta',
    message: /must be between -1e15 and 1e15/,
  },

  // Splines.
  {
    what: 'knots that are not strictly increasing',
    mutate: (m) => void (m.predictors[3].knots = [38, 64, 56.6, 70.2]),
    path: 'predictors[3].knots',
    message: /strictly increasing/,
  },
  {
    what: 'a spline with two knots',
    mutate: (m) => void (m.predictors[3].knots = [38, 70.2]),
    path: 'predictors[3].knots',
    message: /at least 3 items, got 2/,
  },
  {
    what: 'the wrong number of spline coefficients',
    mutate: (m) => void m.predictors[3].coefficients.pop(),
    path: 'predictors[3].coefficients',
    message: /4 knots has 3 coefficients, got 2/,
  },

  // Categorical predictors.
  {
    what: 'duplicate level ids',
    mutate: (m) => void (m.predictors[1].levels[3].id = 'adeno'),
    path: 'predictors[1].levels[3].id',
    message: /duplicates another level of this predictor: "adeno"/,
  },
  {
    what: 'an unknown reference level',
    mutate: (m) => void (m.predictors[0].reference = 'placebo'),
    path: 'predictors[0].reference',
    message: /must be one of the levels \(standard, test\), got "placebo"/,
  },
  {
    what: 'a coefficient on the reference level',
    mutate: (m) => void (m.predictors[0].levels[0].coefficient = { name: 'trt=standard', beta: 0 }),
    path: 'predictors[0].levels[0].coefficient',
    message: /reference level contributes 0 and takes no coefficient/,
  },
  {
    what: 'a non-reference level without a coefficient',
    mutate: (m) => void delete m.predictors[1].levels[2].coefficient,
    path: 'predictors[1].levels[2].coefficient',
    message: /is required on a level other than the reference "squamous"/,
  },
  {
    what: 'a default that is not a level',
    mutate: (m) => void (m.predictors[4].default = 'maybe'),
    path: 'predictors[4].default',
    message: /must be one of the levels \(no, yes\), got "maybe"/,
  },
  {
    what: 'a categorical predictor with one level',
    mutate: (m) => void m.predictors[4].levels.pop(),
    path: 'predictors[4].levels',
    message: /at least 2 items, got 1/,
  },

  // Ids and names.
  {
    what: 'duplicate predictor ids',
    mutate: (m) => void (m.predictors[4].id = 'trt'),
    path: 'predictors[4].id',
    message: /duplicates another predictor's id: "trt"/,
  },
  {
    what: 'a predictor id that is not an identifier',
    mutate: (m) => void (m.predictors[4].id = 'prior therapy'),
    path: 'predictors[4].id',
    message: /must be an identifier/,
  },
  {
    what: 'duplicate coefficient names',
    mutate: (m) => void (m.predictors[4].levels[1].coefficient.name = 'trt=test'),
    path: 'predictors[4].levels[1].coefficient.name',
    message: /duplicates the coefficient name at predictors\[0\]\.levels\[1\]\.coefficient\.name: "trt=test"/,
  },
  {
    what: 'a model id with capitals',
    mutate: (m) => void (m.id = 'Veteran'),
    path: 'id',
    message: /lower-case letters, digits and hyphens/,
  },
  {
    what: 'an unknown predictor type',
    mutate: (m) => void (m.predictors[2].type = 'quadratic'),
    path: 'predictors[2].type',
    message: /must be one of categorical, linear, rcs, got "quadratic"/,
  },

  // Covariance.
  {
    what: 'a covariance matrix of the wrong size',
    mutate: (m) => void m.covariance.matrix.pop(),
    path: 'covariance.matrix',
    message: /must be 9 x 9 to match covariance.names, got 8 rows/,
  },
  {
    what: 'a covariance row that is too short',
    mutate: (m) => void m.covariance.matrix[4].pop(),
    path: 'covariance.matrix[4]',
    message: /must have 9 columns, got 8/,
  },
  {
    what: 'an asymmetric covariance matrix',
    mutate: (m) => void (m.covariance.matrix[1][0] += 0.01),
    path: 'covariance.matrix[1][0]',
    message: /must equal covariance.matrix\[0\]\[1\] \(the matrix is symmetric\)/,
  },
  {
    what: 'a negative variance',
    mutate: (m) => void (m.covariance.matrix[3][3] = -0.08),
    path: 'covariance.matrix[3][3]',
    message: /a variance must not be negative, got -0.08/,
  },
  {
    what: 'covariance names that lack a coefficient',
    mutate: (m) => void m.covariance.names.pop(),
    path: 'covariance.names',
    message: /lacks coefficient "prior=yes"/,
  },
  {
    what: 'covariance names with an unknown name',
    mutate: (m) => void m.covariance.names.push('ecog'),
    path: 'covariance.names',
    message: /names no coefficient of the model: "ecog"/,
  },
  {
    what: 'covariance names that repeat a name',
    mutate: (m) => void (m.covariance.names[8] = 'trt=test'),
    path: 'covariance.names',
    message: /has "trt=test" twice/,
  },

  // Top-level fields.
  {
    what: 'a version that is not semver',
    mutate: (m) => void (m.version = '1.0'),
    path: 'version',
    message: /must be a semantic version such as 1.2.0, got "1.0"/,
  },
  { what: 'formatVersion 3', mutate: (m) => void (m.formatVersion = 3), path: 'formatVersion', message: /must be one of 1, 2, got 3/ },
  // Format version 2: each interaction column is a product of one column of each of its predictors.
  {
    what: 'an interaction column naming a column of neither predictor',
    mutate: (m) =>
      void (
        (m.formatVersion = 2),
        (m.interactions = [
          {
            id: 'karno-by-trt',
            between: ['karno', 'trt'],
            columns: [{ name: 'karno * trt=test', beta: 0.01, of: ['karno', 'celltype=adeno'] }],
          },
        ]),
        m.covariance.names.push('karno * trt=test'),
        m.covariance.matrix.forEach((r: number[]) => r.push(0)),
        m.covariance.matrix.push(m.covariance.names.map((_: string, i: number) => (i === m.covariance.names.length - 1 ? 1e-6 : 0))),
        (m.reference.means['karno * trt=test'] = 0)
      ),
    path: 'interactions[0].columns[0].of[1]',
    message: /is not a design column of "trt" \(trt=test\), got "celltype=adeno"/,
  },
  {
    what: 'an interaction of two numeric predictors',
    mutate: (m) =>
      void (
        (m.formatVersion = 2),
        (m.interactions = [
          { id: 'karno-by-age', between: ['karno', 'age'], columns: [{ name: 'karno * age', beta: 0.01, of: ['karno', 'age'] }] },
        ])
      ),
    path: 'interactions[0].between',
    message: /one of the two predictors must be categorical/,
  },
  {
    what: 'a stratum without one baseline per stratum',
    mutate: (m) =>
      void (
        (m.formatVersion = 2),
        (m.stratum = {
          id: 'site',
          label: { en: 'Site', zh: '地点' },
          levels: [
            { id: 'a', label: { en: 'A', zh: 'A' } },
            { id: 'b', label: { en: 'B', zh: 'B' } },
          ],
        })
      ),
    path: 'baseline.type',
    message: /must be "strata" when the model has a stratum input/,
  },
  {
    what: 'a parametric kind in format version 1',
    mutate: (m) => void (m.kind = 'parametric'),
    path: 'formatVersion',
    message: /must be 2 \(this kind of model is format version 2\)/,
  },
  {
    what: 'interactions in a version 1 file',
    mutate: (m) =>
      void (m.interactions = [
        { id: 'ab', between: [m.predictors[0].id, m.predictors[1].id], columns: [{ name: 'a:b', beta: 0.1, of: ['x', 'y'] }] },
      ]),
    path: 'interactions',
    message: /needs formatVersion 2/,
  },
  {
    what: 'an unknown kind',
    mutate: (m) => void (m.kind = 'weibull'),
    path: 'kind',
    message: /must be one of cox, logistic, parametric, fineGray, got "weibull"/,
  },
  {
    what: 'a misspelt field (derivationRang)',
    mutate: (m) => {
      m.predictors[2].derivationRang = m.predictors[2].derivationRange;
      delete m.predictors[2].derivationRange;
    },
    path: 'predictors[2].derivationRang',
    message: /is not a field of this object/,
  },
  { what: 'an unknown top-level field', mutate: (m) => void (m.author = 'me'), path: 'author', message: /is not a field of this object/ },
  {
    what: 'a logistic field in a Cox model',
    mutate: (m) => void (m.intercept = { name: 'Intercept', beta: 1 }),
    path: 'intercept',
    message: /is not a field of this object/,
  },
  {
    what: 'an unknown time unit',
    mutate: (m) => void (m.timeUnit = 'fortnights'),
    path: 'timeUnit',
    message: /must be one of days, weeks, months, years, got "fortnights"/,
  },
  { what: 'a horizon of 0', mutate: (m) => void (m.horizons[0] = 0), path: 'horizons[0]', message: /must be greater than 0, got 0/ },

  // Axes and defaults.
  {
    what: 'a tick outside the axis',
    mutate: (m) => void m.predictors[2].axis.ticks.push(110),
    path: 'predictors[2].axis.ticks[10]',
    message: /must lie on the axis 10 to 100, got 110/,
  },
  {
    what: 'an axis whose min is not below its max',
    mutate: (m) => void (m.predictors[2].axis.min = 100),
    path: 'predictors[2].axis',
    message: /min must be below max, got min 100, max 100/,
  },
  {
    what: 'a default outside the axis',
    mutate: (m) => void (m.predictors[3].default = 90),
    path: 'predictors[3].default',
    message: /must lie on the axis 30 to 85, got 90/,
  },
  {
    what: 'a whole-number predictor with a fractional axis end',
    mutate: (m) => void (m.predictors[2].axis.max = 100.5),
    path: 'predictors[2].axis',
    message: /whole-number predictor needs whole-number axis ends/,
  },
  {
    what: 'a step of 0',
    mutate: (m) => void (m.predictors[2].step = 0),
    path: 'predictors[2].step',
    message: /must be greater than 0, got 0/,
  },
  {
    what: 'a derivation range upside down',
    mutate: (m) => void (m.predictors[2].derivationRange = [99, 10]),
    path: 'predictors[2].derivationRange',
    message: /lower must not exceed upper/,
  },

  // Baseline.
  {
    what: 'baseline times that are not increasing',
    mutate: (m) => void (m.baseline.time[5] = m.baseline.time[4]),
    path: 'baseline.time',
    message: /must be strictly increasing/,
  },
  {
    what: 'baseline times before 0',
    mutate: (m) => void (m.baseline.time[0] = -1),
    path: 'baseline.time[0]',
    message: /the table starts at time 0 \(survival 1\), got -1/,
  },
  {
    what: 'a baseline table that starts after time 0',
    mutate: (m) => void m.baseline.time.splice(0, 1, 0.5),
    path: 'baseline.time[0]',
    message: /the table starts at time 0 \(survival 1\), got 0.5/,
  },
  {
    what: 'a baseline survival below 1 at time 0',
    mutate: (m) => void (m.baseline.survival[0] = 0.99),
    path: 'baseline.survival[0]',
    message: /survival at time 0 is 1, got 0.99/,
  },
  {
    what: 'baseline survival that rises',
    mutate: (m) => void (m.baseline.survival[10] = 0.95),
    path: 'baseline.survival[10]',
    message: /survival cannot rise over time: 0.95 after/,
  },
  {
    what: 'baseline survival above 1',
    mutate: (m) => void (m.baseline.survival[0] = 1.2),
    path: 'baseline.survival[0]',
    message: /must be in \(0, 1\], got 1.2/,
  },
  {
    what: 'baseline survival of 0',
    mutate: (m) => void (m.baseline.survival[99] = 0),
    path: 'baseline.survival[99]',
    message: /must be in \(0, 1\], got 0/,
  },
  {
    what: 'a survival table shorter than its times',
    mutate: (m) => void m.baseline.survival.pop(),
    path: 'baseline.survival',
    message: /must have one value per time \(102\), got 101/,
  },
  {
    what: 'an exponential baseline with a median of 0',
    mutate: (m) => void (m.baseline = { type: 'exponential', median: 0 }),
    path: 'baseline.median',
    message: /must be greater than 0, got 0/,
  },
  {
    what: 'an exponential baseline with a negative median',
    mutate: (m) => void (m.baseline = { type: 'exponential', median: -14 }),
    path: 'baseline.median',
    message: /must be greater than 0, got -14/,
  },
  {
    what: 'an unknown baseline type',
    mutate: (m) => void (m.baseline.type = 'weibull'),
    path: 'baseline.type',
    message: /must be one of table, strata, exponential, got "weibull"/,
  },
  { what: 'a baseline that is an array', mutate: (m) => void (m.baseline = []), path: 'baseline', message: /must be an object, got \[\]/ },
  {
    what: 'a reference linear predictor the means do not give',
    mutate: (m) => void (m.reference.linearPredictor = -4),
    path: 'reference.linearPredictor',
    message: /but the coefficients and reference.means give -4.457/,
  },
  {
    what: 'reference means that lack a coefficient',
    mutate: (m) => void delete m.reference.means["age''"],
    path: "reference.means.age''",
    message: /is required/,
  },

  // Coefficients.
  {
    what: 'a hazard ratio of 0',
    mutate: (m) => void (m.predictors[2].coefficient = { name: 'karno', hazardRatio: 0, ci95: [0.9, 1.1] }),
    path: 'predictors[2].coefficient.hazardRatio',
    message: /must be greater than 0, got 0/,
  },
  {
    what: 'a negative hazard ratio',
    mutate: (m) => void (m.predictors[2].coefficient = { name: 'karno', hazardRatio: -0.97 }),
    path: 'predictors[2].coefficient.hazardRatio',
    message: /must be greater than 0, got -0.97/,
  },
  {
    what: 'a ci95 that does not contain the estimate',
    mutate: (m) => void (m.predictors[2].coefficient.ci95 = [-0.03, -0.02]),
    path: 'predictors[2].coefficient.ci95',
    message: /must contain the estimate -0.03476707058, got \[-0.03, -0.02\]/,
  },
  {
    what: 'a ratio ci95 reaching 0',
    mutate: (m) => void (m.predictors[2].coefficient = { name: 'karno', hazardRatio: 0.97, ci95: [0, 1] }),
    path: 'predictors[2].coefficient.ci95',
    message: /a ratio's interval must be above 0/,
  },
  {
    what: 'a ci95 with three numbers',
    mutate: (m) => void (m.predictors[2].coefficient.ci95 = [-0.05, -0.03, -0.02]),
    path: 'predictors[2].coefficient.ci95',
    message: /must be \[lower, upper\]/,
  },
  {
    what: 'a coefficient with both beta and hazardRatio',
    mutate: (m) => void (m.predictors[2].coefficient.hazardRatio = 0.966),
    path: 'predictors[2].coefficient',
    message: /must give exactly one of beta, hazardRatio; got beta, hazardRatio/,
  },
  {
    what: 'a coefficient with neither beta nor a ratio',
    mutate: (m) => void delete m.predictors[2].coefficient.beta,
    path: 'predictors[2].coefficient',
    message: /must give exactly one of beta, hazardRatio; got none/,
  },
  {
    what: 'an odds ratio in a Cox model',
    mutate: (m) => void (m.predictors[0].levels[1].coefficient = { name: 'trt=test', oddsRatio: 1.42 }),
    path: 'predictors[0].levels[1].coefficient.oddsRatio',
    message: /a cox model's coefficients are given as beta or hazardRatio/,
  },
  {
    what: 'coefficients with neither ci95 nor a covariance matrix',
    mutate: (m) => void delete m.covariance,
    path: 'predictors[0].levels[1].coefficient.ci95',
    message: /is required for "trt=test": without a covariance matrix/,
  },

  // Metadata.
  {
    what: 'a changelog without the current version',
    mutate: (m) => void (m.version = '1.0.1'),
    path: 'changelog',
    message: /has no entry for this version "1.0.1"/,
  },
  { what: 'an empty changelog', mutate: (m) => void (m.changelog = []), path: 'changelog', message: /must have at least 1 item, got 0/ },
  {
    what: 'a changelog date in another format',
    mutate: (m) => void (m.changelog[0].date = '22/11/2026'),
    path: 'changelog[0].date',
    message: /must be a date as YYYY-MM-DD, got "22\/11\/2026"/,
  },
  {
    what: 'a changelog date that does not exist',
    mutate: (m) => void (m.changelog[0].date = '2026-02-30'),
    path: 'changelog[0].date',
    message: /must be a real calendar date, got "2026-02-30"/,
  },
  {
    what: 'a DOI that is a link',
    mutate: (m) => void (m.provenance.doi = 'https://doi.org/10.1000/xyz'),
    path: 'provenance.doi',
    message: /must be a DOI such as 10.1000\/xyz/,
  },
  {
    what: 'an http:// source address',
    mutate: (m) => void (m.provenance.url = 'http://example.org'),
    path: 'provenance.url',
    message: /must be an https:\/\/ address/,
  },
  {
    what: 'a performance interval upside down',
    mutate: (m) => void (m.performance = [{ measure: { en: 'C', zh: 'C' }, value: 0.7, ci95: [0.8, 0.6], setting: { en: 'a', zh: 'a' } }]),
    path: 'performance[0].ci95',
    message: /lower must not exceed upper, got \[0.8,0.6\]/,
  },

  // Test vectors.
  {
    what: 'a test vector with an unknown predictor',
    mutate: (m) => void (m.testVectors[0].inputs.ecog = 1),
    path: 'testVectors[0].inputs.ecog',
    message: /unknown predictor; this model's predictors are trt, celltype, karno, age, prior/,
  },
  {
    what: 'a test vector with an unknown level',
    mutate: (m) => void (m.testVectors[0].inputs.celltype = 'mixed'),
    path: 'testVectors[0].inputs.celltype',
    message: /unknown level "mixed"; expected one of squamous, smallcell, adeno, large/,
  },
  {
    what: 'a test vector with a value outside the axis',
    mutate: (m) => void (m.testVectors[0].inputs.age = 95),
    path: 'testVectors[0].inputs.age',
    message: /95 is outside the allowed range; expected a whole number from 30 to 85 years/,
  },
  {
    what: 'a test vector with a fractional count',
    mutate: (m) => void (m.testVectors[3].inputs.karno = 60.5),
    path: 'testVectors[3].inputs.karno',
    message: /60.5 is not a whole number/,
  },
  {
    what: 'a test vector without one predictor',
    mutate: (m) => void delete m.testVectors[1].inputs.prior,
    path: 'testVectors[1].inputs.prior',
    message: /missing; expected one of no, yes/,
  },
  {
    what: 'test vector inputs that are not an object',
    mutate: (m) => void (m.testVectors[0].inputs = [40, 67]),
    path: 'testVectors[0].inputs',
    message: /must be an object, got \[40,67\]/,
  },
  { what: 'no test vectors', mutate: (m) => void (m.testVectors = []), path: 'testVectors', message: /must have at least 1 item, got 0/ },

  // Not an object at all.
  { what: 'null', mutate: () => null, path: '(root)', message: /must be an object, got null/ },
  { what: 'an array', mutate: (m) => [m], path: '(root)', message: /must be an object, got \[/ },
  { what: 'a string', mutate: () => 'veteran-teaching', path: '(root)', message: /must be an object, got "veteran-teaching"/ },
  { what: 'a number', mutate: () => 1, path: '(root)', message: /must be an object, got 1/ },
];

describe('validateModel', () => {
  it('accepts the veteran teaching model', () => {
    const result = validateModel(structuredClone(veteran));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the optional event, comparison caveat, starting values and a period in words', () => {
    const m = broken((m) => {
      m.event = { name: { en: 'death from any cause', zh: '任何原因死亡' }, death: true };
      m.comparisonCaveat = { en: 'Treatment was randomised.', zh: '治疗为随机分配。' };
      m.startingValues = { en: 'Medians.', zh: '中位数。' };
      m.provenance.period = { en: 'not stated', zh: '未说明' };
    });
    const result = validateModel(m);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has at least 30 distinct malformed models to reject', () => {
    expect(new Set(cases.map((c) => c.what)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(`rejects ${c.what}, naming ${c.path}`, () => {
      const problems = problemsOf(broken(c.mutate));
      expect(problems).toContainEqual(expect.objectContaining({ path: c.path, message: expect.stringMatching(c.message) }));
    });
  }

  it('reports every problem, not only the first (three independent errors give three problems)', () => {
    const problems = problemsOf(
      broken((m) => {
        delete m.title.zh;
        m.predictors[3].knots = [38, 64, 56.6, 70.2];
        m.changelog[0].date = '2026-13-01';
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['changelog[0].date', 'predictors[3].knots', 'title.zh']);
  });

  it('reports a missing field once, not once as missing and again as the wrong type', () => {
    const problems = problemsOf(broken((m) => void delete m.predictors[2].axis.max));
    expect(problems).toEqual([{ path: 'predictors[2].axis.max', message: 'is required' }]);
  });

  it('reports a missing or unknown kind alone, not the Cox fields as unknown', () => {
    expect(problemsOf(broken((m) => void delete m.kind))).toEqual([{ path: 'kind', message: 'is required' }]);
    expect(problemsOf(broken((m) => void (m.kind = 'weibull')))).toEqual([
      { path: 'kind', message: 'must be one of cox, logistic, parametric, fineGray, got "weibull"' },
    ]);
  });

  it('reports nothing about test vector inputs while the predictors themselves are broken', () => {
    const problems = problemsOf(broken((m) => void (m.predictors[2].axis = 'wide')));
    expect(problems.filter((p) => p.path.startsWith('testVectors'))).toEqual([]);
  });

  it('reports a root that is undefined', () => {
    expect(problemsOf(undefined)).toContainEqual({ path: '(root)', message: expect.stringMatching(/must be an object/) });
  });

  it('writes every message on one line, without "undefined" or "[object Object]", and with a path', () => {
    for (const c of cases) {
      const result = validateModel(broken(c.mutate));
      if (result.ok) continue;
      for (const p of result.problems) {
        expect(p.path).not.toBe('');
        expect(p.message).not.toBe('');
        expect(p.message).not.toMatch(/\n|\r/);
        expect(p.message).not.toMatch(/undefined|\[object Object\]/);
        expect(p.path).not.toMatch(/undefined|\[object Object\]|\.$|\.\./);
      }
    }
  });

  it('does not change the file it is given', () => {
    const m = structuredClone(veteran);
    validateModel(m);
    expect(m).toEqual(veteran);
  });
});

describe('validateModel refuses files whose numbers the engine could not use', () => {
  const veteran = () =>
    structuredClone(JSON.parse(readFileSync(new URL('../models/veteran-teaching/1.0.0.json', import.meta.url), 'utf8')));

  it('rejects a covariance matrix that is not positive semidefinite (a collapsed interval), naming covariance.matrix', () => {
    const m = veteran();
    const v = m.covariance.matrix as number[][];
    const c = -3 * Math.sqrt(v[0]![0]! * v[1]![1]!);
    v[0]![1] = c;
    v[1]![0] = c;
    const r = validateModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual(
        expect.objectContaining({ path: 'covariance.matrix', message: expect.stringMatching(/positive semidefinite/) }),
      );
  });

  it('accepts the real covariance matrix, which is positive definite', () => {
    expect(validateModel(veteran()).ok).toBe(true);
  });

  it('rejects a model in which no predictor changes the linear predictor (no points scale)', () => {
    const m = veteran();
    delete m.covariance;
    m.reference.linearPredictor = 0;
    const zero = (c: { beta?: number; ci95?: number[] }) => {
      c.beta = 0;
      c.ci95 = [-0.1, 0.1];
    };
    for (const p of m.predictors) {
      if (p.type === 'categorical') p.levels.forEach((l: { coefficient?: { beta?: number } }) => l.coefficient && zero(l.coefficient));
      else if (p.type === 'linear') zero(p.coefficient);
      else p.coefficients.forEach(zero);
    }
    m.testVectors = [{ description: 'any', inputs: m.testVectors[0].inputs, expected: {} }];
    const r = validateModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual(expect.objectContaining({ path: 'predictors', message: expect.stringMatching(/no points scale/) }));
  });
});

import type { CategoricalPredictor, Inputs, NumericPredictor, Text } from '../model/types.ts';
import type { CompiledModel } from './compile.ts';
import type { CompiledInteraction } from './interactions.ts';
import { axisGrid } from './grid.ts';
import { pointTicks } from './ticks.ts';

/** The risks marked on a risk axis, where they fall within the total points. */
const RISK_TICKS = [0.99, 0.98, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.02, 0.01];

/** A run of a numeric axis over which points move one way; a spline that turns back has several. */
export interface Segment {
  /** Values in axis order with their points. */
  values: number[];
  points: number[];
  ticks: number[];
}

/**
 * Format version 2: the axis is one of an interaction's, drawn for one level of its categorical
 * predictor (rms nomogram(..., interact =)): "Age (sex = female)"; it is in use when the patient
 * has that level.
 */
export interface Condition {
  interaction: string;
  predictor: CategoricalPredictor;
  level: { id: string; label: Text };
}

export type PredictorScale =
  | { predictor: CategoricalPredictor; levels: { id: string; label: Text; points: number }[]; condition?: Condition }
  | { predictor: NumericPredictor; segments: Segment[]; condition?: Condition };

/** The numbers of a nomogram, before any drawing: what `nomogram table` prints and the page lays out. */
export interface NomogramScales {
  predictors: PredictorScale[];
  maxTotal: number;
  /** Round totals of points from 0 up to the maximum rounded up to their step. */
  total: number[];
  /** One axis per time the risk is reported at: the totals at which it takes each of RISK_TICKS. */
  risks: { time: number; marks: { risk: number; points: number }[] }[];
}

/**
 * Splits a numeric predictor's axis where its points change direction, as rms draws a
 * non-monotone (spline) axis in pieces. A linear predictor gives one segment.
 */
function axisSegments(points: (v: number) => number, p: NumericPredictor): Segment[] {
  const grid = axisGrid(p);
  const pts = grid.map(points);
  const segments: Segment[] = [];
  let start = 0;
  let direction = 0;
  for (let i = 1; i < grid.length; i++) {
    const d = Math.sign(pts[i]! - pts[i - 1]!);
    if (d === 0) continue;
    if (direction !== 0 && d !== direction) {
      segments.push({ values: grid.slice(start, i), points: pts.slice(start, i), ticks: [] });
      start = i - 1;
    }
    direction = d;
  }
  segments.push({ values: grid.slice(start), points: pts.slice(start), ticks: [] });
  for (const t of p.axis.ticks) {
    const s = segments.find((seg) => t >= seg.values[0]! && t <= seg.values[seg.values.length - 1]!);
    s?.ticks.push(t);
  }
  return segments;
}

function predictorScale(
  p: CategoricalPredictor | NumericPredictor,
  points: (v: string | number) => number,
  condition?: Condition,
): PredictorScale {
  const own = condition ? { condition } : {};
  if (p.type === 'categorical')
    return { predictor: p, levels: p.levels.map((l) => ({ id: l.id, label: l.label, points: points(l.id) })), ...own };
  return { predictor: p, segments: axisSegments(points, p), ...own };
}

/** An interaction's axes: the other predictor's, once per level of the categorical one (the second when both are). */
function interactionScales(c: CompiledModel, ci: CompiledInteraction): PredictorScale[] {
  const [a, b] = [ci.first.predictor, ci.second.predictor];
  const [by, along] = b.type === 'categorical' ? [b, a] : [a as CategoricalPredictor, b];
  return by.levels.map((level) => {
    const points = (v: string | number) => (ci.contribution({ [along.id]: v, [by.id]: level.id }) - ci.min) * c.scale;
    return predictorScale(along as CategoricalPredictor | NumericPredictor, points, {
      interaction: ci.interaction.id,
      predictor: by,
      level: { id: level.id, label: level.label },
    });
  });
}

/** The scales of a compiled model, with about `totalTicks` steps of total points. */
export function nomogramScales(c: CompiledModel, totalTicks = 10, inputs: Inputs = {}): NomogramScales {
  // A stratified model's survival axes are those of the patient's stratum (the first without one).
  const family = c.familyFor(inputs);
  const { maxTotal } = c;
  const risks = family.riskTimes.map((time) => ({
    time,
    marks: RISK_TICKS.flatMap((risk) => {
      const lp = family.lpFor(risk, time);
      const points = lp === undefined ? undefined : c.totalAt(lp);
      return points !== undefined && points >= 0 && points <= maxTotal ? [{ risk, points }] : [];
    }),
  }));
  const own = c.predictors
    .filter((cp) => !c.interacts(cp.predictor.id))
    .map((cp) => predictorScale(cp.predictor as CategoricalPredictor | NumericPredictor, cp.points));
  return {
    predictors: [...own, ...c.interactions.flatMap((ci) => interactionScales(c, ci))],
    maxTotal,
    total: pointTicks(maxTotal, totalTicks),
    risks,
  };
}

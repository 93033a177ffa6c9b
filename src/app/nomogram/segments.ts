import { compileModel } from '../../engine/compile.ts';
import { axisGrid } from '../../engine/grid.ts';
import { pointsOf } from '../../engine/scale.ts';
import type { CategoricalPredictor, Model, NumericPredictor } from '../../model/types.ts';

/** A run of a numeric axis over which points move one way; a spline that turns back has several. */
export interface Segment {
  /** Values in axis order with their points. */
  values: number[];
  points: number[];
  ticks: number[];
}

/**
 * Splits a numeric predictor's axis where its points change direction, as rms draws a
 * non-monotone (spline) axis in pieces. A linear predictor gives one segment.
 */
export function axisSegments(model: Model, p: NumericPredictor): Segment[] {
  const c = compileModel(model);
  const cp = c.predictors.find((x) => x.predictor === p)!;
  const grid = axisGrid(p);
  const pts = grid.map((v) => (cp.contribution(v) - cp.min) * c.scale);
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

/** The segment a value lies on (the first, where two meet at a turning point). */
export function segmentOf(segments: Segment[], value: number): number {
  const i = segments.findIndex((s) => value >= s.values[0]! && value <= s.values[s.values.length - 1]!);
  return i < 0 ? 0 : i;
}

/** The grid value on a segment whose points are nearest to the given points. */
export function nearestValue(segment: Segment, points: number): number {
  let best = 0;
  for (let i = 1; i < segment.points.length; i++) {
    if (Math.abs(segment.points[i]! - points) < Math.abs(segment.points[best]! - points)) best = i;
  }
  return segment.values[best]!;
}

/** A categorical predictor's level ids from left to right on its axis (ties keep the file's order). */
export function levelsAsDrawn(model: Model, p: CategoricalPredictor): string[] {
  return p.levels
    .map((l, i) => ({ id: l.id, i, x: pointsOf(model, p.id, l.id) }))
    .sort((a, b) => a.x - b.x || a.i - b.i)
    .map((l) => l.id);
}

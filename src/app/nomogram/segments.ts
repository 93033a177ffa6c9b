import type { Segment } from '../../engine/axes.ts';
import { compileModel } from '../../engine/compile.ts';
import type { CategoricalPredictor, Model } from '../../model/types.ts';

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
  const cp = compileModel(model).predictor(p.id);
  return p.levels
    .map((l, i) => ({ id: l.id, i, x: cp.points(l.id) }))
    .sort((a, b) => a.x - b.x || a.i - b.i)
    .map((l) => l.id);
}

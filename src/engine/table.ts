import type { Model, Text } from '../model/types.ts';
import { compileModel } from './compile.ts';
import { survivalWithInterval, type SurvivalAtTime } from './predict.ts';
import { linearPredictorAt, maxTotalPoints } from './scale.ts';
import { pointTicks } from './ticks.ts';

export interface TableRow {
  value: string | number;
  label?: Text;
  points: number;
}

export interface PredictorTable {
  id: string;
  label: Text;
  type: 'categorical' | 'linear' | 'rcs';
  unit?: Text;
  rows: TableRow[];
}

export interface TotalRow {
  totalPoints: number;
  linearPredictor: number;
  survival?: Pick<SurvivalAtTime, 'time' | 'estimate'>[];
  probability?: number;
}

export interface PointsTable {
  model: { id: string; version: string };
  /** Points per unit of linear predictor. */
  scale: number;
  predictors: PredictorTable[];
  total: TotalRow[];
}

/** What a printed nomogram shows: each predictor's ticks or levels with their points, and the total-points scale. */
export function pointsTable(model: Model): PointsTable {
  const c = compileModel(model);
  const predictors = c.predictors.map(({ predictor: p, contribution, min }): PredictorTable => {
    const points = (v: string | number) => (contribution(v) - min) * c.scale;
    if (p.type === 'categorical') {
      return { id: p.id, label: p.label, type: p.type, rows: p.levels.map((l) => ({ value: l.id, label: l.label, points: points(l.id) })) };
    }
    return { id: p.id, label: p.label, type: p.type, unit: p.unit, rows: p.axis.ticks.map((t) => ({ value: t, points: points(t) })) };
  });
  const total = pointTicks(maxTotalPoints(model)).map((tp): TotalRow => {
    const lp = linearPredictorAt(model, tp);
    if (model.kind === 'logistic') return { totalPoints: tp, linearPredictor: lp, probability: 1 / (1 + Math.exp(-lp)) };
    return {
      totalPoints: tp,
      linearPredictor: lp,
      survival: model.horizons.map((t) => {
        const { time, estimate } = survivalWithInterval(c, t, lp, 0);
        return { time, estimate };
      }),
    };
  });
  return { model: { id: model.id, version: model.version }, scale: c.scale, predictors, total };
}

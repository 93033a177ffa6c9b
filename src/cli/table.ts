import { nomogramScales } from '../engine/axes.ts';
import { compileModel } from '../engine/compile.ts';
import type { Model } from '../model/types.ts';
import { columns, fixed, percent } from './format.ts';
import { EXIT, type Io } from './io.ts';
import { loadOrReport } from './load.ts';

/** What a printed nomogram shows, from the numbers the page lays out: each predictor's ticks or levels with their points, and the total-points scale. */
function pointsTable(model: Model) {
  const c = compileModel(model);
  const scales = nomogramScales(c);
  const predictors = scales.predictors.map((s) => {
    const { id, label, type } = s.predictor;
    if ('levels' in s) return { id, label, type, rows: s.levels.map((l) => ({ value: l.id, label: l.label, points: l.points })) };
    // Each tick's points where the drawing puts it, on the segment it was drawn on.
    const points = (t: number) => {
      const seg = s.segments.find((x) => x.ticks.includes(t))!;
      return seg.points[seg.values.indexOf(t)]!;
    };
    return { id, label, type, unit: s.predictor.unit, rows: s.predictor.axis.ticks.map((value) => ({ value, points: points(value) })) };
  });
  // Each round total with the linear predictor and the risks it stands for.
  const total = scales.total.map((totalPoints) => {
    const lp = c.lpAt(totalPoints);
    const risk = (t: number) => c.family.risk(lp, t) ?? null;
    if (model.kind !== 'cox') return { totalPoints, linearPredictor: lp, probability: risk(0)! };
    return { totalPoints, linearPredictor: lp, survival: model.horizons.map((time) => ({ time, estimate: risk(time) })) };
  });
  return { model: { id: model.id, version: model.version }, scale: c.scale, predictors, total };
}

/** `nomogram table`: what a printed nomogram shows, as text or JSON. */
export function tableCommand(ref: string, opts: { json: boolean }, io: Io): number {
  const loaded = loadOrReport(ref, io);
  if (typeof loaded === 'number') return loaded;
  const { model } = loaded;
  const table = pointsTable(model);
  if (opts.json) {
    io.out(JSON.stringify(table, null, 2));
    return EXIT.ok;
  }
  const lines = [
    `${model.title.en}  (${model.id}@${model.version})`,
    `${model.outcome.en}; ${model.kind === 'cox' ? `Cox model, time in ${model.timeUnit}` : 'logistic model'}`,
    `${fixed(table.scale, 4)} points per unit of linear predictor`,
  ];
  for (const p of table.predictors) {
    lines.push('', `${p.label.en}${p.unit ? ` (${p.unit.en})` : ''}  [${p.id}]`);
    lines.push(columns(p.rows.map((r) => ['  ' + ('label' in r ? `${r.label.en} [${r.value}]` : String(r.value)), fixed(r.points, 2)])));
  }
  const riskHeads = model.kind === 'cox' ? model.horizons.map((t) => `S(${t})`) : ['P(outcome)'];
  const lpHead = model.kind === 'cox' ? 'LP - LP_ref' : 'LP';
  lines.push('', 'Total points');
  lines.push(
    columns([
      ['  points', lpHead, ...riskHeads],
      ...table.total.map((row) => [
        `  ${fixed(row.totalPoints, 1)}`,
        fixed(row.linearPredictor, 4),
        ...(row.survival ? row.survival.map((s) => percent(s.estimate)) : [percent(row.probability!)]),
      ]),
    ]),
  );
  if (model.approximate) lines.push('', `Approximate: ${model.approximate.en}`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}

import { pointsTable } from '../engine/table.ts';
import { columns, fixed, percent } from './format.ts';
import type { Io } from './main.ts';
import { modelOrStatus } from './reportLoad.ts';

/** `nomogram table`: what a printed nomogram shows, as text or JSON. */
export function tableCommand(ref: string, opts: { json: boolean }, io: Io): number {
  const model = modelOrStatus(ref, io);
  if (typeof model === 'number') return model;
  const table = pointsTable(model);
  if (opts.json) {
    io.out(JSON.stringify(table, null, 2));
    return 0;
  }
  const lines = [
    `${model.title.en}  (${model.id}@${model.version})`,
    `${model.outcome.en}; ${model.kind === 'cox' ? `Cox model, time in ${model.timeUnit}` : 'logistic model'}`,
    `${fixed(table.scale, 4)} points per unit of linear predictor`,
  ];
  for (const p of table.predictors) {
    lines.push('', `${p.label.en}${p.unit ? ` (${p.unit.en})` : ''}  [${p.id}]`);
    lines.push(columns(p.rows.map((r) => ['  ' + (r.label ? `${r.label.en} [${r.value}]` : String(r.value)), fixed(r.points, 2)])));
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
  return 0;
}

import { nomogramScales } from '../engine/axes.ts';
import { compileModel } from '../engine/compile.ts';
import type { Model } from '../model/types.ts';
import { columns, fixed, percent } from './format.ts';
import { EXIT, type Io } from './io.ts';
import { loadOrReport } from './load.ts';

interface Risk {
  time: number;
  stratum?: string;
  estimate: number | null;
}

const KIND: Record<Model['kind'], string> = {
  cox: 'Cox model',
  logistic: 'logistic model',
  parametric: 'parametric survival model',
  fineGray: 'Fine-Gray competing-risks model, cumulative incidence',
};

/** What a printed nomogram shows, from the numbers the page lays out: each predictor's ticks or levels with their points, and the total-points scale. */
function pointsTable(model: Model) {
  const c = compileModel(model);
  const scales = nomogramScales(c);
  const predictors = scales.predictors.map((s) => {
    const { id, type } = s.predictor;
    // An interaction's axis is named for the level it is drawn at: "Age (sex = female)".
    const at = s.condition;
    const label = at
      ? {
          en: `${s.predictor.label.en} (${at.predictor.label.en} = ${at.level.label.en})`,
          zh: `${s.predictor.label.zh}（${at.predictor.label.zh} = ${at.level.label.zh}）`,
        }
      : s.predictor.label;
    const where = at ? { interaction: at.interaction, [at.predictor.id]: at.level.id } : {};
    if ('levels' in s) return { id, label, type, ...where, rows: s.levels.map((l) => ({ value: l.id, label: l.label, points: l.points })) };
    // Each tick's points where the drawing puts it, on the segment it was drawn on.
    const points = (t: number) => {
      const seg = s.segments.find((x) => x.ticks.includes(t))!;
      return seg.points[seg.values.indexOf(t)]!;
    };
    return {
      id,
      label,
      type,
      ...where,
      unit: s.predictor.unit,
      rows: s.predictor.axis.ticks.map((value) => ({ value, points: points(value) })),
    };
  });
  // A stratified model has one set of survival scales per stratum.
  const strata =
    model.kind === 'cox' && model.stratum
      ? model.stratum.levels.map((l) => ({ id: l.id, inputs: { [model.stratum!.id]: l.id } }))
      : [{ id: undefined, inputs: {} }];
  // Each round total with the linear predictor and the risks it stands for.
  const total = scales.total.map((totalPoints) => {
    const lp = c.lpAt(totalPoints);
    if (model.kind === 'logistic') return { totalPoints, linearPredictor: lp, probability: c.family.risk(lp, 0)! };
    const at = (time: number) =>
      strata.map((s) => ({ time, ...(s.id ? { stratum: s.id } : {}), estimate: c.familyFor(s.inputs).risk(lp, time) ?? null }));
    const key = model.kind === 'fineGray' ? 'cumulativeIncidence' : 'survival';
    return { totalPoints, linearPredictor: lp, [key]: model.horizons.flatMap(at) } as {
      totalPoints: number;
      linearPredictor: number;
      survival?: Risk[];
      cumulativeIncidence?: Risk[];
      probability?: number;
    };
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
    `${model.outcome.en}; ${KIND[model.kind]}${model.kind === 'logistic' ? '' : `, time in ${model.timeUnit}`}${model.kind === 'parametric' ? ` (${model.distribution})` : ''}`,
    `${fixed(table.scale, 4)} points per unit of linear predictor`,
  ];
  for (const p of table.predictors) {
    lines.push('', `${p.label.en}${'unit' in p && p.unit ? ` (${p.unit.en})` : ''}  [${p.id}]`);
    lines.push(columns(p.rows.map((r) => ['  ' + ('label' in r ? `${r.label.en} [${r.value}]` : String(r.value)), fixed(r.points, 2)])));
  }
  const first = table.total[0]!;
  const risks = first.survival ?? first.cumulativeIncidence;
  const letter = model.kind === 'fineGray' ? 'CIF' : 'S';
  const riskHeads = risks ? risks.map((r) => `${letter}(${r.time}${r.stratum ? ` | ${r.stratum}` : ''})`) : ['P(outcome)'];
  const lpHead = model.kind === 'cox' ? 'LP - LP_ref' : 'LP';
  lines.push('', 'Total points');
  lines.push(
    columns([
      ['  points', lpHead, ...riskHeads],
      ...table.total.map((row) => [
        `  ${fixed(row.totalPoints, 1)}`,
        fixed(row.linearPredictor, 4),
        ...((row.survival ?? row.cumulativeIncidence)?.map((s) => percent(s.estimate)) ?? [percent(row.probability!)]),
      ]),
    ]),
  );
  if (model.approximate) lines.push('', `Approximate: ${model.approximate.en}`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}

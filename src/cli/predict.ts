import { compileModel } from '../engine/compile.ts';
import type { Inputs, Model, Predictor } from '../model/types.ts';
import { describeWarning } from '../engine/warnings.ts';
import { readFileSync } from 'node:fs';
import { duration } from './duration.ts';
import { columns, fixed, percent } from './format.ts';
import { EXIT, type Io } from './io.ts';
import { loadOrReport } from './load.ts';
import { predictDataCommand } from './predictData.ts';

interface Options {
  json: boolean;
  input: string | undefined;
  times: string | undefined;
  /** A CSV file of patients, one a row (`-`: standard input). */
  data?: string | undefined;
}

function parseTimes(text: string): number[] | string {
  const parts = text.split(',').map((s) => s.trim());
  const times = parts.map(Number);
  const bad = parts.find((s, i) => s === '' || !Number.isFinite(times[i]) || times[i]! <= 0);
  return bad === undefined ? times : `--times: ${JSON.stringify(bad)} is not a positive number; give times such as 12,24`;
}

/** The points table's rows: each predictor outside interactions, then each interaction with both values. */
function pointRows(model: Model, inputs: Inputs, points: Record<string, number>): string[][] {
  const shown = (p: Predictor) => {
    const v = inputs[p.id]!;
    return p.type === 'categorical' ? p.levels.find((l) => l.id === v)!.label.en : `${v} ${p.unit.en}`;
  };
  const inside = new Set((model.interactions ?? []).flatMap((it) => it.between));
  const byId = new Map(model.predictors.map((p) => [p.id, p]));
  return [
    ...model.predictors.filter((p) => !inside.has(p.id)).map((p) => [p.label.en, shown(p), fixed(points[p.id]!, 1)]),
    ...(model.interactions ?? []).map((it) => {
      const [a, b] = it.between.map((id) => byId.get(id)!) as [Predictor, Predictor];
      return [`${a.label.en} x ${b.label.en}`, `${shown(a)}, ${shown(b)}`, fixed(points[it.id]!, 1)];
    }),
  ];
}

/** `nomogram predict`: one patient's points and risks; bad input exits 2 and prints no result. */
export function predictCommand(ref: string, opts: Options, io: Io): number {
  const loaded = loadOrReport(ref, io);
  if (typeof loaded === 'number') return loaded;
  const { model } = loaded;
  const c = compileModel(model);
  let times: number[] | undefined;
  if (opts.times !== undefined) {
    if (model.kind === 'logistic') {
      io.err('nomogram predict: --times applies to models of risk over time only (Cox, parametric, Fine-Gray)');
      return EXIT.usage;
    }
    const parsed = parseTimes(opts.times);
    if (typeof parsed === 'string') {
      io.err(`nomogram predict: ${parsed}`);
      return EXIT.usage;
    }
    times = parsed;
  }
  if (opts.data !== undefined && opts.input !== undefined) {
    io.err('nomogram predict: give either --input (one patient) or --data (a CSV file of patients), not both');
    return EXIT.usage;
  }
  if (opts.data !== undefined) return predictDataCommand(model, opts.data, times, opts.json, io);
  if (opts.input === undefined) {
    io.err(
      `nomogram predict: --input is required (or --data <file.csv> for many patients), e.g. --input '{"${model.predictors[0]!.id}": ...}'`,
    );
    return EXIT.usage;
  }
  let raw: unknown;
  try {
    // `--input -` reads the JSON from standard input.
    raw = JSON.parse(opts.input === '-' ? readFileSync(0, 'utf8') : opts.input);
  } catch (e) {
    io.err(`nomogram predict: --input is not valid JSON: ${(e as Error).message}`);
    return EXIT.usage;
  }
  const check = c.check(raw);
  if (!check.ok) {
    for (const p of check.problems) io.err(`${p.predictor ? `${p.predictor}: ` : ''}${p.message}`);
    return EXIT.usage;
  }
  const prediction = c.predict(check.inputs, times ? { times } : {});
  // The output names each warning in words, as it always has: code, message and predictor.
  const warnings = prediction.warnings.map((w) => ({
    code: w.code,
    message: describeWarning(model, w),
    ...(w.predictor ? { predictor: w.predictor } : {}),
  }));
  const result = { ...prediction, warnings };
  if (opts.json) {
    io.out(JSON.stringify(result, null, 2));
    return EXIT.ok;
  }
  const lines = [`${model.title.en}  (${model.id}@${model.version})`];
  if (model.event) lines.push(`Event counted: ${model.event.name.en}`);
  lines.push('');
  // Survival is being alive only when the event is death; otherwise it is freedom from the event.
  const survivalOf = model.event && !model.event.death ? `Free of ${model.event.name.en}` : 'Survival';
  lines.push(
    columns([
      ['Predictor', 'Value', 'Points'],
      ...pointRows(model, check.inputs, result.points),
      ['Total points', '', fixed(result.totalPoints, 1)],
    ]),
  );
  lines.push('');
  const se = fixed(result.linearPredictorSe, 4);
  if (model.kind === 'cox' && model.stratum) {
    const id = check.inputs[model.stratum.id];
    lines.push(
      `Stratum (${model.stratum.label.en}): ${model.stratum.levels.find((l) => l.id === id)!.label.en}; survival follows its own baseline`,
    );
  }
  if (model.kind !== 'logistic') {
    lines.push(
      `${model.kind === 'cox' ? 'Linear predictor relative to the reference profile' : 'Linear predictor'}: ${fixed(result.linearPredictor, 4)} (SE ${se})`,
    );
    // A Fine-Gray model speaks of the incidence of its event, never of survival.
    const what =
      model.kind === 'fineGray' ? `Cumulative incidence of ${model.event?.name.en ?? model.outcome.en.toLowerCase()}` : survivalOf;
    for (const s of result.survival ?? result.cumulativeIncidence!) {
      const interval = s.estimate === null ? '' : ` (95% CI ${percent(s.lower)} to ${percent(s.upper)})`;
      lines.push(`${what} at ${duration(s.time, model.timeUnit)}: ${percent(s.estimate)}${interval}`);
    }
    if (model.kind === 'fineGray') lines.push(`Competing event: ${model.competingEvent.en}`);
    else {
      const m = result.medianSurvival as number | null;
      lines.push(`Median survival: ${m === null ? 'not reached within the baseline table' : duration(fixed(m, 1), model.timeUnit)}`);
    }
  } else {
    const p = result.probability!;
    lines.push(`Linear predictor: ${fixed(result.linearPredictor, 4)} (SE ${se})`);
    lines.push(
      `Probability of ${model.event?.name.en ?? model.outcome.en.toLowerCase()}: ${percent(p.estimate)} (95% CI ${percent(p.lower)} to ${percent(p.upper)})`,
    );
  }
  if (result.warnings.length) lines.push('', 'Warnings:', ...result.warnings.map((w) => `- ${w.message}`));
  lines.push('', 'For research and teaching. Not a medical device; not a substitute for clinical judgement.');
  io.out(lines.join('\n'));
  return EXIT.ok;
}

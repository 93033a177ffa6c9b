import { compileModel } from '../engine/compile.ts';
import { describeWarning } from '../engine/warnings.ts';
import { columns, fixed, percent } from './format.ts';
import { EXIT, type Io } from './io.ts';
import { loadOrReport } from './load.ts';

interface Options {
  json: boolean;
  input: string | undefined;
  times: string | undefined;
}

function parseTimes(text: string): number[] | string {
  const parts = text.split(',').map((s) => s.trim());
  const times = parts.map(Number);
  const bad = parts.find((s, i) => s === '' || !Number.isFinite(times[i]) || times[i]! <= 0);
  return bad === undefined ? times : `--times: ${JSON.stringify(bad)} is not a positive number; give times such as 12,24`;
}

/** `nomogram predict`: one patient's points and risks; bad input exits 2 and prints no result. */
export function predictCommand(ref: string, opts: Options, io: Io): number {
  const loaded = loadOrReport(ref, io);
  if (typeof loaded === 'number') return loaded;
  const { model } = loaded;
  const c = compileModel(model);
  if (opts.input === undefined) {
    io.err(`nomogram predict: --input is required, e.g. --input '{"${model.predictors[0]!.id}": ...}'`);
    return EXIT.usage;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(opts.input);
  } catch (e) {
    io.err(`nomogram predict: --input is not valid JSON: ${(e as Error).message}`);
    return EXIT.usage;
  }
  let times: number[] | undefined;
  if (opts.times !== undefined) {
    if (model.kind !== 'cox') {
      io.err('nomogram predict: --times applies to survival (Cox) models only');
      return EXIT.usage;
    }
    const parsed = parseTimes(opts.times);
    if (typeof parsed === 'string') {
      io.err(`nomogram predict: ${parsed}`);
      return EXIT.usage;
    }
    times = parsed;
  }
  const check = c.check(raw);
  if (!check.ok) {
    for (const p of check.problems) io.err(`${p.predictor ? `${p.predictor}: ` : ''}${p.message}`);
    return EXIT.usage;
  }
  const prediction = c.predict(check.inputs, times ? { times } : {});
  // The output names each warning in words, as it always has: code, message and predictor.
  const warnings = prediction.warnings.map((w) => ({ code: w.code, message: describeWarning(model, w), ...(w.predictor ? { predictor: w.predictor } : {}) }));
  const result = { ...prediction, warnings };
  if (opts.json) {
    io.out(JSON.stringify(result, null, 2));
    return EXIT.ok;
  }
  const lines = [`${model.title.en}  (${model.id}@${model.version})`, ''];
  lines.push(
    columns([
      ['Predictor', 'Value', 'Points'],
      ...model.predictors.map((p) => {
        const v = check.inputs[p.id]!;
        const shown = p.type === 'categorical' ? p.levels.find((l) => l.id === v)!.label.en : `${v} ${p.unit.en}`;
        return [p.label.en, shown, fixed(result.points[p.id]!, 1)];
      }),
      ['Total points', '', fixed(result.totalPoints, 1)],
    ]),
  );
  lines.push('');
  const se = fixed(result.linearPredictorSe, 4);
  if (model.kind === 'cox') {
    lines.push(`Linear predictor relative to the reference profile: ${fixed(result.linearPredictor, 4)} (SE ${se})`);
    for (const s of result.survival!) {
      const interval = s.estimate === null ? '' : ` (95% CI ${percent(s.lower)} to ${percent(s.upper)})`;
      lines.push(`Survival at ${s.time} ${model.timeUnit}: ${percent(s.estimate)}${interval}`);
    }
    const m = result.medianSurvival as number | null;
    lines.push(`Median survival: ${m === null ? 'not reached within the baseline table' : `${fixed(m, 1)} ${model.timeUnit}`}`);
  } else {
    const p = result.probability!;
    lines.push(`Linear predictor: ${fixed(result.linearPredictor, 4)} (SE ${se})`);
    lines.push(`Probability of ${model.outcome.en.toLowerCase()}: ${percent(p.estimate)} (95% CI ${percent(p.lower)} to ${percent(p.upper)})`);
  }
  if (result.warnings.length) lines.push('', 'Warnings:', ...result.warnings.map((w) => `- ${w.message}`));
  lines.push('', 'For research and teaching. Not a medical device; not a substitute for clinical judgement.');
  io.out(lines.join('\n'));
  return EXIT.ok;
}

import { describeRowProblem } from '../cohort/cohortInputs.ts';
import { describeCohortProblem } from '../cohort/cohortProblem.ts';
import { describeNote } from '../cohort/describeNote.ts';
import { evaluateCohort, type EvaluateOptions } from '../cohort/evaluateCohort.ts';
import { columns, fixed, percent } from './format.ts';
import type { Io } from './io.ts';
import { readData } from './readData.ts';
import { loadOrReport } from './load.ts';

/** At most this many refused cells are listed; the count says how many more. */
const LISTED = 50;

const interval = (lo: number | null, hi: number | null, f: (x: number) => string) =>
  lo === null || hi === null ? '' : ` (95% CI ${f(lo)} to ${f(hi)})`;

/** `nomogram evaluate`: discrimination and calibration of a model on a cohort; exit 2 if refused. */
export function evaluateCommand(ref: string, opts: EvaluateOptions & { data?: string; json: boolean }, io: Io): number {
  const loaded = loadOrReport(ref, io);
  if (typeof loaded === 'number') return loaded;
  const { model } = loaded;
  const table = readData('evaluate', opts.data, io);
  if (typeof table === 'number') return table;
  const result = evaluateCohort(model, table, opts);
  if (!result.ok) {
    for (const p of result.problems) io.err(`nomogram evaluate: ${describeCohortProblem(p)}`);
    for (const p of result.rowProblems.slice(0, LISTED)) io.err(describeRowProblem(p));
    if (result.rowProblems.length > LISTED) io.err(`... and ${result.rowProblems.length - LISTED} more`);
    return 2;
  }
  const e = result.evaluation;
  if (opts.json) {
    io.out(
      JSON.stringify(
        { model: { id: model.id, version: model.version }, ...e, notes: e.notes.map((n) => ({ ...n, message: describeNote(n) })) },
        null,
        2,
      ),
    );
    return 0;
  }
  const f3 = (x: number) => fixed(x, 3);
  const lines = [`${model.title.en}  (${model.id}@${model.version}) on ${e.n} patients, ${e.events} with the event`, ''];
  lines.push(`C-index${e.kind === 'cox' ? " (Harrell's C)" : ' (AUC)'}: ${f3(e.cIndex)}`);
  if (e.kind === 'logistic' && e.calibrationIntercept !== null) {
    lines.push(
      `Calibration intercept: ${f3(e.calibrationIntercept)}${interval(e.calibrationInterceptLower, e.calibrationInterceptUpper, f3)}`,
    );
  }
  lines.push(
    `Calibration slope: ${e.calibrationSlope === null ? 'not estimable' : f3(e.calibrationSlope)}${interval(e.calibrationSlopeLower, e.calibrationSlopeUpper, f3)}`,
  );
  const at = e.kind === 'cox' ? ` by ${e.horizon} ${e.timeUnit}` : '';
  lines.push(`Observed risk${at}: ${percent(e.observed)}${interval(e.observedLower, e.observedUpper, percent)}`);
  lines.push(`Expected (mean predicted) risk${at}: ${percent(e.expected)}; observed / expected ${fixed(e.oe, 2)}`);
  lines.push(`Brier score${at}: ${fixed(e.brier, 4)}`, '', 'Calibration by predicted risk:');
  lines.push(
    columns([
      ['Group', 'n', 'Events', 'Predicted', 'Observed', '95% CI'],
      ...e.groups.map((g, i) => [
        String(i + 1),
        String(g.n),
        String(g.events),
        percent(g.predicted),
        percent(g.observed),
        g.lower === null || g.upper === null ? '' : `${percent(g.lower)} to ${percent(g.upper)}`,
      ]),
    ]),
  );
  lines.push('', ...e.notes.map((n) => `- ${describeNote(n)}`));
  lines.push(
    '',
    e.kind === 'cox'
      ? "Intervals: observed risk from the Kaplan-Meier estimate with Greenwood's variance on the log scale (R's survfit default); the slope's from the Cox model's information (Wald)."
      : "Intervals: observed proportions by Wilson's score method; intercept and slope from the logistic fit's information (Wald).",
  );
  io.out(lines.join('\n'));
  return 0;
}

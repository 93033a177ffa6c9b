import type { RowProblem } from '../../cohort/cohortInputs.ts';
import type { CohortProblem } from '../../cohort/cohortProblem.ts';
import type { Model } from '../../model/types.ts';
import { duration, t, tx, type StringKey } from '../i18n.ts';
import { problemText } from '../values.ts';
import { inputColumns } from '../../cohort/cohortInputs.ts';

/** At most this many refused cells are listed on the page. */
const LISTED = 20;

/** A file's problem in the reader's language. */
function problemWords(model: Model, p: CohortProblem): string {
  const unit = model.kind === 'logistic' ? 'days' : model.timeUnit;
  const facts: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) facts[k] = Array.isArray(v) ? v.join(t('listSeparator')) : v;
  if ('horizon' in p) facts.horizon = duration(p.horizon, unit);
  if ('end' in p) facts.end = duration(p.end, unit);
  return t(`cohort_${p.code}` as StringKey, facts);
}

/** A refused cell, worded from the model's own labels for a predictor's column. */
function cellWords(model: Model, p: RowProblem): string {
  const predictor = inputColumns(model).find((x) => x.id === p.column);
  const message = predictor
    ? `${tx(predictor.label)}${t('colon')}${problemText(predictor, p.value)}`
    : t(p.expected === 'time' ? 'cellNotTime' : 'cellNotBinary', { value: p.value });
  return t('rowProblem', { row: p.row, column: p.column, message });
}

/** Why a file was refused: the file's problems, then each bad cell by row and column. */
export function WorkProblems({ model, problems, rows }: { model: Model; problems: CohortProblem[]; rows: RowProblem[] }) {
  return (
    <div role="alert" class="error">
      {problems.map((p, i) => (
        <p key={i}>{problemWords(model, p)}</p>
      ))}
      {rows.length > 0 && (
        <ul class="problems">
          {rows.slice(0, LISTED).map((p, i) => (
            <li key={i}>{cellWords(model, p)}</li>
          ))}
          {rows.length > LISTED && <li>{t('moreProblems', { n: rows.length - LISTED })}</li>}
        </ul>
      )}
    </div>
  );
}

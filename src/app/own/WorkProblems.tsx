import type { RowProblem } from '../../cohort/cohortInputs.ts';
import { t } from '../i18n.ts';

/** At most this many refused cells are listed on the page. */
const LISTED = 20;

/** Why a file was refused: the file's problems, then each bad cell by row and column. */
export function WorkProblems({ problems, rows }: { problems: string[]; rows: RowProblem[] }) {
  return (
    <div role="alert" class="error">
      {problems.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {rows.length > 0 && (
        <ul class="problems">
          {rows.slice(0, LISTED).map((p, i) => (
            <li key={i}>{t('rowProblem', { row: p.row, column: p.column, message: p.message })}</li>
          ))}
          {rows.length > LISTED && <li>{t('moreProblems', { n: rows.length - LISTED })}</li>}
        </ul>
      )}
    </div>
  );
}

/**
 * Why a file of patients or a cohort was refused, as a code and facts: the page words it in the
 * reader's language, `describeCohortProblem` in English for the command line.
 */
export type CohortProblem =
  | { code: 'empty-file' }
  | { code: 'unclosed-quote'; row: number }
  | { code: 'cell-count'; row: number; cells: number; columns: number }
  | { code: 'missing-columns'; columns: string[]; header: string[] }
  | { code: 'rows-refused'; rows: number; n: number }
  | { code: 'too-few-events'; events: number; minimum: number }
  | { code: 'too-few-non-events'; nonEvents: number; minimum: number }
  | { code: 'bad-horizon'; horizon: number }
  | { code: 'horizon-beyond-baseline'; horizon: number; end: number; unit: string }
  | { code: 'horizon-beyond-follow-up'; horizon: number; unit: string }
  | { code: 'bad-groups'; groups: number }
  | { code: 'unsupported-kind'; kind: string };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describeCohortProblem(p: CohortProblem): string {
  switch (p.code) {
    case 'empty-file':
      return 'the file is empty; the first line must name the columns';
    case 'unclosed-quote':
      return `a quoted cell is never closed (row ${p.row})`;
    case 'cell-count':
      return `row ${p.row} has ${p.cells} cells but the header names ${p.columns} columns`;
    case 'missing-columns':
      return `no column ${p.columns.join(', ')}; the header is ${p.header.join(', ')}`;
    case 'rows-refused':
      return `${p.rows} of ${count(p.n, 'row')} refused; correct or remove them`;
    case 'too-few-events':
      return `the cohort has ${count(p.events, 'event')}; at least ${p.minimum} are needed to say anything about the model`;
    case 'too-few-non-events':
      return `the cohort has ${count(p.nonEvents, 'patient')} without the outcome; at least ${p.minimum} are needed to say anything about the model`;
    case 'bad-horizon':
      return `--horizon: ${p.horizon} is not a positive time`;
    case 'horizon-beyond-baseline':
      return `the model's baseline ends at ${p.end} ${p.unit}, before the horizon ${p.horizon}: it predicts nothing there`;
    case 'horizon-beyond-follow-up':
      return `nobody in the cohort is followed to the horizon ${p.horizon} ${p.unit}`;
    case 'bad-groups':
      return `--groups: ${p.groups} is not a whole number of groups, 1 or more`;
    case 'unsupported-kind':
      return `a ${p.kind} model cannot be checked on a cohort yet; only Cox and logistic models can`;
  }
}

import { batchCsv, batchPredict } from '../../cohort/batchPredict.ts';
import { parseCsv } from '../../cohort/csv.ts';
import { evaluateCohort } from '../../cohort/evaluateCohort.ts';
import type { WorkReply, WorkRequest } from './cohortWork.ts';

const reply = (message: WorkReply) => postMessage(message);

/** Reads the CSV and predicts or evaluates, off the page's main thread. The file stays here. */
onmessage = (e: MessageEvent<WorkRequest>) => {
  const request = e.data;
  const read = parseCsv(request.csv);
  if (!read.ok) return reply({ type: 'refused', problems: [read.problem], rowProblems: [] });
  reply({ type: 'progress', done: 0.05 });
  if (request.task === 'predict') {
    const result = batchPredict(request.model, read.table);
    if (!result.ok) return reply({ type: 'refused', problems: [result.problem], rowProblems: [] });
    return reply({ type: 'predicted', rows: result.rows, refused: result.refused, csv: batchCsv(request.model, result.rows) });
  }
  const result = evaluateCohort(request.model, read.table, request.options, (done) => reply({ type: 'progress', done: 0.05 + 0.9 * done }));
  reply(
    result.ok
      ? { type: 'evaluated', evaluation: result.evaluation }
      : { type: 'refused', problems: result.problems, rowProblems: result.rowProblems },
  );
};

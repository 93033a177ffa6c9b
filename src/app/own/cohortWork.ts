import type { RowResult } from '../../cohort/batchPredict.ts';
import type { RowProblem } from '../../cohort/cohortInputs.ts';
import type { CohortProblem } from '../../cohort/cohortProblem.ts';
import type { CohortEvaluation, EvaluateOptions } from '../../cohort/evaluateCohort.ts';
import type { Model } from '../../model/types.ts';
// Built with the page's chunks (tools/vite-worker-chunk.ts), so the engine is not loaded twice.
import workerUrl from 'worker-url:src/app/own/cohort.worker.ts';

/** What the page asks of the cohort worker. */
export type WorkRequest =
  { task: 'predict'; model: Model; csv: string } | { task: 'evaluate'; model: Model; csv: string; options: EvaluateOptions };

/** What the worker answers: progress (0 to 1), then one result. */
export type WorkReply =
  | { type: 'progress'; done: number }
  | { type: 'refused'; problems: CohortProblem[]; rowProblems: RowProblem[] }
  | { type: 'predicted'; rows: RowResult[]; refused: number; csv: string }
  | { type: 'evaluated'; evaluation: CohortEvaluation };

/**
 * Runs a task in a Web Worker, so that a large file never freezes the page; `onProgress` hears
 * how far it has gone.
 */
export function runInWorker(request: WorkRequest, onProgress: (done: number) => void): Promise<Exclude<WorkReply, { type: 'progress' }>> {
  return new Promise((done, fail) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkReply>) => {
      if (e.data.type === 'progress') return onProgress(e.data.done);
      worker.terminate();
      done(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      fail(new Error(e.message || 'the computation failed'));
    };
    worker.postMessage(request);
  });
}

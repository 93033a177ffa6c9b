import { useSignal } from '@preact/signals';
import type { Model } from '../../model/types.ts';
import { duration, t } from '../i18n.ts';
import { runInWorker, type WorkReply } from './cohortWork.ts';
import { EvaluationView } from './EvaluationView.tsx';
import { WorkProblems } from './WorkProblems.tsx';

/** Checks the open model on a cohort from a CSV file, in a Web Worker, with progress. */
export function CohortCheck({ model }: { model: Model }) {
  const reply = useSignal<Exclude<WorkReply, { type: 'progress' }> | null>(null);
  const progress = useSignal<number | null>(null);
  const horizon = useSignal('');
  const failed = useSignal<string | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    reply.value = null;
    failed.value = null;
    progress.value = 0;
    const options = horizon.value ? { horizon: Number(horizon.value) } : {};
    try {
      reply.value = await runInWorker({ task: 'evaluate', model, csv: await file.text(), options }, (done) => (progress.value = done));
    } catch (e) {
      failed.value = (e as Error).message;
    } finally {
      progress.value = null;
    }
  };
  const r = reply.value;
  const columns = [...model.predictors.map((p) => p.id), ...(model.kind === 'cox' ? ['time', 'status'] : ['outcome'])].join(', ');
  return (
    <div class="cohort">
      <p class="hint">
        {t(model.kind === 'cox' ? 'cohortHelpCox' : 'cohortHelpLogistic', { columns, status: 'status', outcome: 'outcome' })}
      </p>
      {model.kind === 'cox' && (
        <p>
          <label for="cohort-horizon">{t('cohortHorizon')}</label>{' '}
          <select
            id="cohort-horizon"
            value={horizon.value}
            onChange={(e) => (horizon.value = (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('cohortHorizonAuto')}</option>
            {model.horizons.map((h) => (
              <option key={h} value={String(h)}>
                {duration(h, model.timeUnit)}
              </option>
            ))}
          </select>
        </p>
      )}
      <label for="cohort-file">{t('chooseCohort')}</label>
      <input
        id="cohort-file"
        type="file"
        accept=".csv,text/csv"
        disabled={progress.value !== null}
        onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
      />
      {progress.value !== null && (
        <p>
          <label for="cohort-progress">{t('cohortWorking')}</label> <progress id="cohort-progress" max={1} value={progress.value} />
        </p>
      )}
      {failed.value && (
        <p role="alert" class="error">
          {t('computeFailed', { reason: failed.value })}
        </p>
      )}
      {r?.type === 'refused' && <WorkProblems model={model} problems={r.problems} rows={r.rowProblems} />}
      {r?.type === 'evaluated' && <EvaluationView model={model} e={r.evaluation} />}
    </div>
  );
}

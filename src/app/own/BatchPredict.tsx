import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { RowResult } from '../../cohort/batchPredict.ts';
import { inputColumns } from '../../cohort/cohortInputs.ts';
import type { Model } from '../../model/types.ts';
import { duration, pct, t } from '../i18n.ts';
import { runInWorker, type WorkReply } from './cohortWork.ts';
import { WorkProblems } from './WorkProblems.tsx';

/** Rows shown in the page; the download holds them all. */
const SHOWN = 100;

/** Predictions for every row of a CSV of patients: a table, and the whole result as a CSV download. */
export function BatchPredict({ model }: { model: Model }) {
  const reply = useSignal<Exclude<WorkReply, { type: 'progress' }> | null>(null);
  const busy = useSignal(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    busy.value = true;
    reply.value = await runInWorker({ task: 'predict', model, csv: await file.text() }, () => {}).finally(() => (busy.value = false));
  };
  const r = reply.value;
  // One download link per result, released when the result is replaced.
  const href = useMemo(() => (r?.type === 'predicted' ? URL.createObjectURL(new Blob([r.csv], { type: 'text/csv' })) : undefined), [r]);
  useEffect(() => () => href && URL.revokeObjectURL(href), [href]);
  const figure = (row: RowResult) => {
    if ('problems' in row) return row.problems.map((p) => `${p.column}: ${p.message}`).join('; ');
    const p = row.prediction;
    return p.probability
      ? pct(p.probability.estimate)
      : (p.survival ?? p.cumulativeIncidence!).map((s) => (s.estimate === null ? '–' : pct(s.estimate))).join(' · ');
  };
  const heading = model.kind !== 'logistic' ? model.horizons.map((h) => duration(h, model.timeUnit)).join(' · ') : t('probability');
  return (
    <div class="batch">
      <p class="hint">
        {t('batchHelp', {
          columns: inputColumns(model)
            .map((p) => p.id)
            .join(', '),
        })}
      </p>
      <label for="batch-file">{t('chooseCsv')}</label>
      <input
        id="batch-file"
        type="file"
        accept=".csv,text/csv"
        disabled={busy.value}
        onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
      />
      {r?.type === 'refused' && <WorkProblems model={model} problems={r.problems} rows={r.rowProblems} />}
      {r?.type === 'predicted' && (
        <>
          <p role="status">{t('batchDone', { n: r.rows.length, refused: r.refused })}</p>
          <a class="button" download="predictions.csv" href={href}>
            {t('downloadCsv')}
          </a>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('batchTable')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('row')}</th>
                  <th scope="col">{t('totalPoints')}</th>
                  <th scope="col">{heading}</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.slice(0, SHOWN).map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{row.row}</th>
                    <td>{'prediction' in row ? row.prediction.totalPoints.toFixed(0) : ''}</td>
                    <td>{figure(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {r.rows.length > SHOWN && <p class="hint">{t('batchShown', { shown: SHOWN, n: r.rows.length })}</p>}
        </>
      )}
    </div>
  );
}

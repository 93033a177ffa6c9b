import type { CohortEvaluation } from '../../cohort/evaluateCohort.ts';
import type { Model } from '../../model/types.ts';
import { duration, num, pct, t, type StringKey } from '../i18n.ts';
import { CalibrationPlot } from './CalibrationPlot.tsx';

const interval = (lo: number | null, hi: number | null, f: (x: number) => string) =>
  lo === null || hi === null ? '' : ` (${t('ci95')} ${t('ciTo', { lower: f(lo), upper: f(hi) })})`;
const n3 = (x: number) => num(x, 3);

/** The figures of a cohort check, its calibration by group as a table and a plot, and what they mean. */
export function EvaluationView({ model, e }: { model: Model; e: CohortEvaluation }) {
  const at = e.kind === 'cox' ? t('cohortAt', { time: duration(e.horizon, model.kind === 'cox' ? model.timeUnit : 'months') }) : '';
  const rows: [string, string][] = [
    [t('cohortN'), t('cohortNValue', { n: e.n, events: e.events })],
    [t(e.kind === 'cox' ? 'cohortHarrell' : 'cohortAuc'), n3(e.cIndex)],
  ];
  if (e.kind === 'logistic' && e.calibrationIntercept !== null) {
    rows.push([t('cohortIntercept'), n3(e.calibrationIntercept) + interval(e.calibrationInterceptLower, e.calibrationInterceptUpper, n3)]);
  }
  rows.push(
    [
      t('cohortSlope'),
      e.calibrationSlope === null
        ? t('cohortNoSlope')
        : n3(e.calibrationSlope) + interval(e.calibrationSlopeLower, e.calibrationSlopeUpper, n3),
    ],
    [t('cohortObserved') + at, pct(e.observed) + interval(e.observedLower, e.observedUpper, pct)],
    [t('cohortExpected') + at, pct(e.expected)],
    [t('cohortOe'), num(e.oe, 2)],
    [t('cohortBrier') + at, num(e.brier, 4)],
  );
  return (
    <div class="evaluation" role="status">
      <dl class="figures">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <CalibrationPlot groups={e.groups} />
      <h4 id="cohort-groups-heading">{t('cohortGroups')}</h4>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="cohort-groups-heading">
        <table>
          <thead>
            <tr>
              {(['cohortGroup', 'cohortGroupN', 'cohortGroupEvents', 'cohortPredicted', 'cohortObservedShort', 'ci95'] as StringKey[]).map(
                (k) => (
                  <th scope="col" key={k}>
                    {t(k)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {e.groups.map((g, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>{g.n}</td>
                <td>{g.events}</td>
                <td>{pct(g.predicted)}</td>
                <td>{pct(g.observed)}</td>
                <td>{g.lower === null || g.upper === null ? '–' : t('ciTo', { lower: pct(g.lower), upper: pct(g.upper) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="notes">
        {e.notes.map((note) => (
          <li key={note.code}>
            {t(`note_${note.code}` as StringKey, {
              value: note.value === undefined ? '' : num(note.value, note.code === 'small-cohort' ? 0 : 2),
            })}
            {note.includesOne ? ` ${t('note_includesOne')}` : ''}
          </li>
        ))}
        <li>{t(e.kind === 'cox' ? 'cohortIntervalsCox' : 'cohortIntervalsLogistic')}</li>
      </ul>
    </div>
  );
}

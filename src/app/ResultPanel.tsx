import { inputColumns } from '../engine/inputs.ts';
import type { Prediction } from '../engine/predict.ts';
import type { Model, TimedModel } from '../model/types.ts';
import { eventName, frequencyText, incidence, timed } from './eventWords.ts';
import { duration, num, pct, scenarioName, t, tParts, tx } from './i18n.ts';
import { entered, inputsA, inputsB, outcomeA } from './state.ts';
import { resultSummary } from './resultSummary.ts';
import { problemText, valueLabel } from './values.ts';

/** Whom the figures apply to, in one line: every result repeats it. */
function Profile({ model, inputs }: { model: Model; inputs: Record<string, string | number> }) {
  const parts = inputColumns(model).map((p) => t('profileItem', { label: tx(p.label), value: valueLabel(p, inputs[p.id]!) }));
  return <p class="profile">{t('forPatient', { profile: parts.join(t('profileSeparator')) })}</p>;
}

/** Names the predictors still at their starting values, so a forgotten input does not pass for an entered one. */
function Unset({ model, inputs }: { model: Model; inputs: Record<string, string | number> }) {
  const unset = inputColumns(model).filter((p) => !entered.value.has(p.id));
  if (!unset.length) return null;
  const list = unset.map((p) => t('unsetItem', { label: tx(p.label), value: valueLabel(p, inputs[p.id]!) })).join(t('profileSeparator'));
  return <p class="unset">{t('notYetSet', { list })}</p>;
}

const per100 = (p: number) => num(Math.round(p * 100));

/**
 * What the interval covers depends on the family: a logistic model has no baseline, a reconstructed
 * baseline is an assumption, survfit's terms add the baseline's uncertainty, a parametric model's
 * includes its scale.
 */
function intervalNoteKey(model: Model) {
  if (model.kind === 'logistic') return 'intervalNoteLogistic';
  if (model.kind === 'parametric') return 'intervalNoteParametric';
  if (model.kind === 'fineGray') return 'intervalNoteFineGray';
  const b = model.baseline;
  if (b.type === 'exponential') return 'intervalNoteReconstructed';
  // survfit's terms are in every table of a stratified model or in none (the exporter writes them so).
  const table = b.type === 'strata' ? Object.values(b.strata)[0]! : b;
  return table.hazardVariance && model.covariance ? 'intervalNoteSurvfit' : 'intervalNote';
}

/** The heading of a timed model's figures: its survival, or the cumulative incidence of its event. */
const timedHeading = (model: TimedModel) =>
  incidence(model)
    ? t('incidenceHeading', { event: eventName(model) })
    : t('survivalHeading', { outcome: tx(model.outcome).toLowerCase() });

/** Where the patient's baseline table ends (their stratum's, in a stratified model), from the prediction's warning. */
function endOf(prediction: Prediction, time: number): number {
  const w = prediction.warnings.find((x) => x.code === 'beyond-baseline' && x.time === time);
  return w && 'end' in w && w.end !== undefined ? w.end : time;
}

function Survival({ model, prediction }: { model: TimedModel; prediction: Prediction }) {
  const rows = prediction.survival ?? prediction.cumulativeIncidence!;
  const shown = rows.filter((r) => r.estimate !== null);
  const headline = shown[Math.min(1, shown.length - 1)];
  const median = prediction.medianSurvival;
  return (
    <>
      <table class="survival">
        <caption class="sr-only">{timedHeading(model)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('estimate')}</th>
            <th scope="col">{t('interval')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.time} data-time={r.time}>
              <th scope="row">{duration(r.time, model.timeUnit)}</th>
              <td class="estimate">{r.estimate === null ? t('notAvailable') : pct(r.estimate)}</td>
              <td class="interval">{r.lower === null || r.upper === null ? '' : t('range', { lo: pct(r.lower), hi: pct(r.upper) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {headline && (
        <p class="frequency">
          {frequencyText(model, {
            n: per100(headline.estimate!),
            time: duration(headline.time, model.timeUnit),
            lo: per100(headline.lower!),
            hi: per100(headline.upper!),
          })}
        </p>
      )}
      {!incidence(model) && (
        <p class="median">
          {tParts('medianIs', {
            value: <strong>{median === null || median === undefined ? t('medianNotReached') : duration(median, model.timeUnit, 1)}</strong>,
          })}
        </p>
      )}
      {rows
        .filter((r) => r.estimate === null)
        .map((r) => (
          <p class="input-warning" key={r.time}>
            {t('beyondBaseline', { time: duration(r.time, model.timeUnit), end: duration(endOf(prediction, r.time), model.timeUnit) })}
          </p>
        ))}
    </>
  );
}

function Probability({ model, prediction }: { model: Model; prediction: Prediction }) {
  const p = prediction.probability!;
  return (
    <>
      <p class="probability">
        <span class="estimate">{pct(p.estimate)}</span>{' '}
        <span class="interval">{t('estimateWithCi', { lo: pct(p.lower), hi: pct(p.upper) })}</span>
      </p>
      <p class="frequency">
        {t('frequencyLogistic', { n: per100(p.estimate), outcome: eventName(model), lo: per100(p.lower), hi: per100(p.upper) })}
      </p>
    </>
  );
}

/**
 * The patient's (A's) estimate, updated as inputs change; no figure at all while any input is
 * invalid. Scenario B is shown in the comparison, so the patient's figures stay here (and in print).
 */
export function ResultPanel({ model }: { model: Model }) {
  const result = outcomeA.value;
  return (
    <section class="result" aria-labelledby="result-heading">
      <h2 id="result-heading">
        {timed(model) ? timedHeading(model) : t('result')}
        {inputsB.value && <span class="scenario-tag a">{scenarioName('a')}</span>}
        {model.approximate && (
          <span class="badge" title={tx(model.approximate)}>
            {t('approximate')}
          </span>
        )}
      </h2>
      {/* A screen reader hears one short line per change, not the whole panel again. */}
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {resultSummary(model)}
      </p>
      <div class="result-body">
        {!result || !result.ok ? (
          <div class="no-result">
            <p>{t('noResult')}</p>
            <ul>
              {result?.ok === false &&
                result.problems.map((pr) => {
                  const p = inputColumns(model).find((x) => x.id === pr.predictor);
                  return (
                    <li key={pr.predictor}>
                      {p ? t('problemItem', { label: tx(p.label), problem: problemText(p, inputsA.value[pr.predictor]) }) : pr.message}
                    </li>
                  );
                })}
            </ul>
          </div>
        ) : (
          <>
            <Profile model={model} inputs={result.inputs} />
            {model.event && <p class="event">{t('eventCounted', { event: tx(model.event.name) })}</p>}
            {incidence(model) && <p class="event">{t('competingCounted', { event: tx(model.competingEvent) })}</p>}
            <Unset model={model} inputs={result.inputs} />
            {timed(model) ? (
              <Survival model={model} prediction={result.prediction} />
            ) : (
              <Probability model={model} prediction={result.prediction} />
            )}
            <p class="total">{tParts('totalIs', { value: <strong>{num(result.prediction.totalPoints, 1)}</strong> })}</p>
          </>
        )}
      </div>
      {model.approximate && (
        <details class="approximate">
          <summary>{t('approximateWhy')}</summary>
          <p>{tx(model.approximate)}</p>
        </details>
      )}
      <p class="note">
        {t(intervalNoteKey(model))} {model.covariance ? '' : t('independenceNote')}
      </p>
      <p class="disclaimer">{t('disclaimer')}</p>
    </section>
  );
}

import type { Model, Text } from '../model/types.ts';
import { num, t, tParts, tx } from './i18n.ts';
import { updatedFrom } from './state.ts';
import { allowedText } from './values.ts';

function List({ items }: { items: Text[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{tx(item)}</li>
      ))}
    </ul>
  );
}

/** Everything a clinician or reviewer needs to judge the model, all from the model file. */
export function ModelCard({ model }: { model: Model }) {
  const p = model.provenance;
  return (
    <article class="card" aria-labelledby="card-heading">
      <h2 id="card-heading">{tx(model.title)}</h2>
      <p class="summary">{tx(model.summary)}</p>
      {model.teachingOnly && <p class="teaching">{t('teachingOnly')}</p>}
      {updatedFrom.value?.id === model.id && updatedFrom.value.version !== model.version && (
        <p class="notice-inline">{t('modelUpdated', { old: updatedFrom.value.version, new: model.version })}</p>
      )}
      {model.approximate && (
        <p class="approximate-note">
          <span class="badge">{t('approximate')}</span> {tx(model.approximate)}
        </p>
      )}
      <dl class="facts">
        <dt>{t('source')}</dt>
        <dd>
          {p.citation}
          {p.doi && (
            <>
              {' '}
              <a href={`https://doi.org/${p.doi}`} rel="noopener noreferrer" target="_blank">doi:{p.doi}</a>
            </>
          )}
          {p.url && (
            <>
              {' '}
              <a href={p.url} rel="noopener noreferrer" target="_blank">{p.url}</a>
            </>
          )}
        </dd>
        <dt>{t('population')}</dt>
        <dd>{tx(p.population)}</dd>
        <dt>{t('eligibility')}</dt>
        <dd>{tx(p.eligibility)}</dd>
        <dt>{t('setting')}</dt>
        <dd>{tx(p.setting)}</dd>
        <dt>{t('period')}</dt>
        <dd>{typeof p.period === 'string' ? p.period : tx(p.period)}</dd>
        <dt>{t('cohort')}</dt>
        <dd>
          {p.events === undefined ? t('cohortSize', { n: num(p.cohortSize) }) : t('cohortEvents', { n: num(p.cohortSize), e: num(p.events) })}
        </dd>
        <dt>{t('outcomeDefinition')}</dt>
        <dd>{tx(p.outcomeDefinition)}</dd>
        {model.event && (
          <>
            <dt>{t('event')}</dt>
            <dd>{tx(model.event.name)}</dd>
          </>
        )}
        <dt>{t('version')}</dt>
        <dd>
          {model.id} {model.version}
        </dd>
      </dl>
      <h3>{t('intendedUse')}</h3>
      <p>{tx(model.intendedUse)}</p>
      {model.startingValues && (
        <>
          <h3>{t('startingValues')}</h3>
          <p>{tx(model.startingValues)}</p>
        </>
      )}
      <h3>{t('predictors')}</h3>
      <ul>
        {model.predictors.map((x) => (
          <li key={x.id}>
            {tParts('predictorItem', {
              label: <strong>{tx(x.label)}</strong>,
              allowed: allowedText(x),
              reference: x.type === 'categorical' ? t('referenceNote', { level: tx(x.levels.find((l) => l.id === x.reference)!.label) }) : '',
              help: x.help ? t('helpNote', { help: tx(x.help) }) : '',
            })}
          </li>
        ))}
      </ul>
      <h3>{t('performance')}</h3>
      {model.performance.length ? (
        <ul>
          {model.performance.map((m, i) => (
            <li key={i}>
              {/* Two decimals at least, as reported figures are written (0.80, not 0.8). */}
              {m.ci95
                ? t('performanceItemCi', { measure: tx(m.measure), value: num(m.value, 3, 2), lo: num(m.ci95[0], 3, 2), hi: num(m.ci95[1], 3, 2), setting: tx(m.setting) })
                : t('performanceItem', { measure: tx(m.measure), value: num(m.value, 3, 2), setting: tx(m.setting) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noPerformance')}</p>
      )}
      <h3>{t('method')}</h3>
      <p>{tx(model.method)}</p>
      <h3>{t('assumptions')}</h3>
      <List items={model.assumptions} />
      <h3>{t('knownProblems')}</h3>
      <List items={model.knownProblems} />
      <h3>{t('changelog')}</h3>
      <ul>
        {model.changelog.map((c) => (
          // A version may have more than one dated entry (starting values changed, no figure did).
          <li key={`${c.version} ${c.date}`}>{tParts('changelogItem', { version: <strong>{c.version}</strong>, date: c.date, changes: tx(c.changes) })}</li>
        ))}
      </ul>
    </article>
  );
}

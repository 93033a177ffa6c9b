import { t, tx } from '../i18n.ts';
import { catalog, openModel } from '../state.ts';
import { remove } from './ownModels.ts';

/** Models kept on this device, each with Open and Remove. */
export function KeptModels() {
  const kept = (catalog.value ?? []).filter((e) => e.local === 'kept');
  if (!kept.length) return null;
  return (
    <div class="kept">
      <h4>{t('keptHeading')}</h4>
      <ul>
        {kept.map((e) => (
          <li key={`${e.id}@${e.version}`}>
            <span>
              {tx(e.title)} · v{e.version}
            </span>
            <button type="button" onClick={() => void openModel(e)} aria-label={`${t('open')}: ${tx(e.title)}`}>
              {t('open')}
            </button>
            <button type="button" onClick={() => void remove(e.id, e.version)} aria-label={`${t('remove')}: ${tx(e.title)}`}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

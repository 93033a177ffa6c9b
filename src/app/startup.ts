import { checkInputs } from '../engine/inputs.ts';
import { compareSemver } from '../model/semver.ts';
import { language, switchLanguage, t, tx } from './i18n.ts';
import { formatLink, parseLink, type LinkState } from './link.ts';
import { notify } from './Notices.tsx';
import { defaultEntry, fetchModel, findEntry, updatedFrom, inputs, loadCatalog, model, openModel, showModel, view } from './state.ts';

/** The current case as a link fragment (also what survives an update's reload). */
export function currentLink(): string {
  const m = model.value;
  if (!m) return '';
  const state: LinkState = { model: m.id, version: m.version, a: inputs.value, lang: language.value, view: view.value };
  return formatLink(state);
}

/**
 * Opens the case a link describes, all or nothing: an unknown model, a value the model refuses or
 * a malformed link opens nothing from the link and says why. Returns whether it opened.
 */
async function openLink(link: LinkState): Promise<boolean> {
  const refuse = (reason: string) => {
    notify(t('linkRefused', { reason }));
    return false;
  };
  const newest = findEntry(link.model);
  if (!newest) return refuse(t('unknownModel', { id: link.model }));
  const exact = findEntry(`${link.model}@${link.version}`);
  const entry = exact ?? newest;
  let m;
  try {
    m = await fetchModel(entry);
  } catch (e) {
    return refuse((e as Error).message);
  }
  const check = checkInputs(m, link.a);
  if (!check.ok) {
    const p = check.problems[0]!;
    const label = m.predictors.find((x) => x.id === p.predictor);
    return refuse(`${label ? tx(label.label) : p.predictor}: ${p.message}`);
  }
  if (link.lang && link.lang !== language.value) await switchLanguage(link.lang);
  showModel(m, check.inputs);
  view.value = link.view ?? 'calculator';
  if (!exact) {
    updatedFrom.value = { id: m.id, version: link.version };
    const changes = m.changelog.filter((c) => compareSemver(c.version, link.version) > 0).map((c) => `${c.version}: ${tx(c.changes)}`);
    notify(t('linkOldVersion', { old: link.version, new: m.version, changes: changes.join(' ') }));
  } else if (compareSemver(newest.version, m.version) > 0) {
    notify(t('linkNewerExists', { old: m.version, new: newest.version }));
  }
  return true;
}

/** Loads the catalogue (started alongside the strings), then the case in the URL fragment or the default model. */
export async function start(catalogLoading: Promise<void> = loadCatalog()): Promise<void> {
  const hash = location.hash;
  // The fragment is consumed: a case does not linger in the address bar or history.
  if (hash) history.replaceState(null, '', location.pathname + location.search);
  await catalogLoading;
  const link = parseLink(hash);
  if (typeof link === 'string') notify(t('linkRefused', { reason: link }));
  else if (link && (await openLink(link))) return;
  const entry = defaultEntry();
  if (entry) await openModel(entry);
}

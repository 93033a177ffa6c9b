import { checkInputs, inputColumns } from '../engine/inputs.ts';
import { compareSemver } from '../model/semver.ts';
import type { Model, Predictor } from '../model/types.ts';
import { language, switchLanguage, t, tx } from './i18n.ts';
import { parseLink, type LinkState } from './link.ts';
import { notify } from './notices.ts';
import { refusalOf, refusalText } from './refusal.ts';
import { problemText } from './values.ts';
import {
  beginLoad,
  defaultInputs,
  entered,
  fetchModel,
  findEntry,
  horizon,
  inputsA,
  inputsB,
  model,
  showModel,
  updatedFrom,
} from './state.ts';
import { board, view } from './view.ts';

/** The case on screen: what a link carries, and what survives an update's reload. */
export function currentCase(): LinkState | undefined {
  const m = model.value;
  if (!m) return undefined;
  const state: LinkState = {
    model: m.id,
    version: m.version,
    a: inputsA.value,
    lang: language.value,
    view: board.value && view.value === 'calculator' ? 'board' : view.value,
  };
  if (inputsB.value) state.b = inputsB.value;
  if (m.kind !== 'logistic' && m.horizons.includes(horizon.value!)) state.h = horizon.value!;
  return state;
}

/**
 * Saves the case in this page's session history entry (not in the address, not in storage) so
 * the reload that activates a new version reopens it.
 */
export function keepCaseForReload(): void {
  history.replaceState({ case: currentCase(), entered: [...entered.value] }, '');
}

/** A link's text for a level id that looks like a number ("0.5") is read back as that level. */
function asValue(p: Predictor, value: string | number): string | number {
  return p.type === 'categorical' ? String(value) : value;
}

/**
 * Opens a case. From a link (`strict`) it is all or nothing: an unknown model or a value the model
 * refuses opens nothing from the link and says why. A link without A's values opens the model at its
 * starting values, none of them marked as set. A case kept across an update's reload is
 * restored as it was, even with a field left blank. Returns whether it opened.
 */
export async function openCase(link: LinkState, strict: boolean, set: Iterable<string> = Object.keys(link.a)): Promise<boolean> {
  const refuse = (reason: string) => {
    notify(t('linkRefused', { reason }));
    return false;
  };
  const newest = findEntry(link.model);
  if (!newest) return strict ? refuse(refusalText({ code: 'unknownModel', id: link.model })) : false;
  const exact = findEntry(`${link.model}@${link.version}`);
  const current = beginLoad();
  let m: Model;
  try {
    m = await fetchModel(exact ?? newest);
  } catch (e) {
    return refuse(refusalText(refusalOf(e)));
  }
  // Someone chose another model while this one loaded: theirs stands.
  if (!current()) return true;
  // Scenario A, and B when comparing: from a link every value must be acceptable, or nothing opens.
  const columns = inputColumns(m);
  const read = (raw: Record<string, string | number>): Record<string, string | number> | string => {
    const given: Record<string, string | number> = {};
    for (const [id, value] of Object.entries(raw)) {
      const p = columns.find((x) => x.id === id);
      given[id] = p ? asValue(p, value) : value;
    }
    if (!strict) {
      const values = defaultInputs(m);
      for (const p of columns) if (Object.hasOwn(given, p.id)) values[p.id] = given[p.id]!;
      return values;
    }
    const check = checkInputs(m, given);
    if (check.ok) return check.inputs;
    const p = check.problems[0]!;
    const label = columns.find((x) => x.id === p.predictor);
    return label
      ? t('problemItem', { label: tx(label.label), problem: problemText(label, given[label.id]) })
      : t('refused_unknownPredictor', { key: p.predictor, list: columns.map((x) => x.id).join(t('listSeparator')) });
  };
  const a = Object.keys(link.a).length ? read(link.a) : defaultInputs(m);
  const b = link.b ? read(link.b) : null;
  if (typeof a === 'string') return refuse(a);
  if (typeof b === 'string') return refuse(t('scenarioSays', { scenario: 'B', text: b }));
  if (link.h !== undefined && strict && (m.kind === 'logistic' || !m.horizons.includes(link.h)))
    return refuse(refusalText({ code: 'unknownHorizon', h: link.h }));
  if (link.lang && link.lang !== language.value) await switchLanguage(link.lang);
  showModel(m, a, set, b);
  horizon.value = link.h ?? null;
  board.value = link.view === 'board';
  view.value = link.view === 'card' ? 'card' : 'calculator';
  if (!exact) {
    updatedFrom.value = { id: m.id, version: link.version };
    const changes = m.changelog
      .filter((c) => compareSemver(c.version, link.version) > 0)
      .map((c) => t('versionChanges', { version: c.version, changes: tx(c.changes) }));
    notify(t('linkOldVersion', { old: link.version, new: m.version, changes: changes.join(' ') }));
  } else if (compareSemver(newest.version, m.version) > 0) {
    notify(t('linkNewerExists', { old: m.version, new: newest.version }));
  }
  return true;
}

/** Opens the case in the address fragment, if any; the fragment is consumed so a case does not linger in the address bar. */
export async function openFromFragment(): Promise<boolean> {
  const hash = location.hash;
  if (!hash) return false;
  history.replaceState(history.state, '', location.pathname + location.search);
  const link = parseLink(hash);
  if (link && 'code' in link) {
    notify(t('linkRefused', { reason: refusalText(link) }));
    return false;
  }
  return link !== null && openCase(link, true);
}

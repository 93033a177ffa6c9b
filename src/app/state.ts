import { batch, computed, signal } from '@preact/signals';
import { compileModel } from '../engine/compile.ts';
import { checkInputs, defaultValue, inputColumns, type InputProblem } from '../engine/inputs.ts';
import type { Prediction } from '../engine/predict.ts';
import { compareSemver } from '../model/semver.ts';
import type { Inputs, Model, Text } from '../model/types.ts';
import type { CatalogEntry } from './catalog.ts';
import { catalogError, modelError } from './notices.ts';
import { Refused, refusalOf } from './refusal.ts';
import { keptEntries } from './own/keptEntries.ts';

/**
 * The case: the catalogue, the model open, the patient's values (A) and a second scenario (B), and
 * their results. How it is shown lives in view.ts; what the page tells the person, in notices.ts.
 */
export const catalog = signal<CatalogEntry[] | null>(null);
export const model = signal<Model | null>(null);
/**
 * The catalogue entry (`id@version`) the person chose and that is still loading: the picker shows
 * it, not the model it replaces, so a redraw meanwhile never puts the picker back on the old one.
 */
export const choosing = signal<string | null>(null);
type Values = Record<string, string | number>;
/** The patient (A): what the person entered, a level id, a number, or the raw text of a number being typed. */
export const inputsA = signal<Values>({});
/** A second scenario (B) compared with the patient, started as a copy of A; null when not comparing. */
export const inputsB = signal<Values | null>(null);
/** The scenario the form and the nomogram show and change. */
export const editing = signal<'a' | 'b'>('a');
/** The values of the scenario being edited. */
export const inputs = computed<Values>(() => (editing.value === 'b' && inputsB.value) || inputsA.value);
/** The horizon the icon array and "what moves the risk" read (Cox); the model's second horizon when unset. */
export const horizon = signal<number | null>(null);
/** The version a case was made with, when it opened on a newer version of that model (shown on the card). */
export const updatedFrom = signal<{ id: string; version: string } | null>(null);

export type Outcome = { ok: true; prediction: Prediction; inputs: Inputs } | { ok: false; problems: InputProblem[] };

function evaluate(values: Values | null): Outcome | null {
  const m = model.value;
  if (!m || !values) return null;
  const c = compileModel(m);
  const check = c.check(values);
  return check.ok ? { ok: true, prediction: c.predict(check.inputs), inputs: check.inputs } : { ok: false, problems: check.problems };
}

/** The patient's (A's) result, recomputed whenever the model or any of A's values changes; no figure for invalid input. */
export const outcomeA = computed(() => evaluate(inputsA.value));
/** B's result; null when not comparing. */
export const outcomeB = computed(() => evaluate(inputsB.value));
/** The result of the scenario being edited (A or B): what the form and the nomogram show. */
export const outcome = computed(() => (editing.value === 'b' && inputsB.value ? outcomeB.value : outcomeA.value));

/** The horizon in use: the one chosen, or the model's second (its headline). */
export function horizonOf(m: Model): number | undefined {
  if (m.kind === 'logistic') return undefined;
  return horizon.value !== null && m.horizons.includes(horizon.value) ? horizon.value : m.horizons[Math.min(1, m.horizons.length - 1)];
}

export function defaultInputs(m: Model): Record<string, string | number> {
  return Object.fromEntries(inputColumns(m).map((p) => [p.id, defaultValue(p)]));
}

/**
 * Predictors whose value the person has set (or that came from a link they opened). The others
 * hold starting values, and the result says so: a forgotten input must not pass for an entered one.
 */
export const entered = signal<ReadonlySet<string>>(new Set());

/** Sets a value of the scenario being edited. */
export function setInput(id: string, value: string | number): void {
  batch(() => {
    if (editing.value === 'b' && inputsB.value) {
      inputsB.value = { ...inputsB.value, [id]: value };
      return;
    }
    inputsA.value = { ...inputsA.value, [id]: value };
    if (!entered.value.has(id)) entered.value = new Set([...entered.value, id]);
  });
}

/** Starts comparing with a copy of the patient and edits the copy, or stops comparing. */
export function compare(on: boolean): void {
  batch(() => {
    inputsB.value = on ? { ...inputsA.value } : null;
    editing.value = on ? 'b' : 'a';
  });
}

const base = import.meta.env.BASE_URL;

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(`${base}${path}`).catch(() => {
    throw new Refused({ code: 'network', file: path });
  });
  if (!response.ok) throw new Refused({ code: 'http', file: path, status: response.status });
  return response.arrayBuffer();
}

async function fetchJson(path: string): Promise<unknown> {
  const bytes = await fetchBytes(path);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Refused({ code: 'notJson', file: path });
  }
}

const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

/** The catalogue is data from the network like any other: checked before anything relies on it. */
function isCatalog(v: unknown): v is CatalogEntry[] {
  const text = (t: unknown) =>
    typeof t === 'object' && t !== null && typeof (t as Text).en === 'string' && typeof (t as Text).zh === 'string';
  return (
    Array.isArray(v) &&
    v.every((e) => {
      const x = e as Record<string, unknown> | null;
      return (
        !!x &&
        ['id', 'version', 'file', 'sha256', 'kind'].every((k) => typeof x[k] === 'string') &&
        ['title', 'summary', 'outcome'].every((k) => text(x[k]))
      );
    })
  );
}

export async function loadCatalog(): Promise<void> {
  try {
    const list = await fetchJson('models/index.json');
    if (!isCatalog(list)) throw new Refused({ code: 'notCatalog', file: 'models/index.json' });
    catalog.value = [...list, ...keptEntries()];
  } catch (e) {
    catalogError.value = refusalOf(e);
  }
}

/** The model to open when no link names one: the catalogue's default, else the first. */
export function defaultEntry(): CatalogEntry | undefined {
  const list = catalog.value ?? [];
  const id = (list.find((e) => e.default) ?? list[0])?.id;
  return id === undefined ? undefined : findEntry(id);
}

/** The newest version of an id, or the exact `id@version`. */
export function findEntry(ref: string): CatalogEntry | undefined {
  const [id, version] = ref.split('@');
  const entries = (catalog.value ?? []).filter((e) => e.id === id).sort((a, b) => compareSemver(b.version, a.version));
  return version ? entries.find((e) => e.version === version) : entries[0];
}

/**
 * Fetches a model file and opens it only if it is, byte for byte, the file the build validated and
 * ran against its test vectors (`npx nomogram validate` names each problem of a file by JSON path).
 * Checking the digest instead of validating again keeps the validator out of the page.
 */
export async function fetchModel(entry: CatalogEntry): Promise<Model> {
  // A model from a file on this device: its code loads only then.
  if (entry.local) return (await import('./own/localModels.ts')).loadLocal(entry);
  const bytes = await fetchBytes(entry.file);
  if (!crypto.subtle) throw new Refused({ code: 'insecure', file: entry.file });
  if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== entry.sha256) {
    throw new Refused({ code: 'digest', file: entry.file });
  }
  const m = JSON.parse(new TextDecoder().decode(bytes)) as Model;
  // The engine's parts for format version 2 (other kinds, interactions) load with such a model.
  if (m.formatVersion === 2) await import('../engine/v2.ts');
  return m;
}

/** Shows a model with the given inputs, in one step so nothing is computed from a mix of old and new. */
export function showModel(m: Model, values: Values, set: Iterable<string>, b: Values | null = null): void {
  batch(() => {
    model.value = m;
    inputsA.value = values;
    inputsB.value = b;
    editing.value = 'a';
    horizon.value = null;
    entered.value = new Set(set);
  });
}

let loads = 0;
/**
 * A token for one model load; only the newest load may show its model (a slow one never overrides a
 * later choice). `chosen` is the picker's entry when the person chose it there.
 */
export function beginLoad(chosen: string | null = null): () => boolean {
  const mine = ++loads;
  choosing.value = chosen;
  return () => mine === loads;
}

/** Loads, checks and opens a model, carrying over the inputs (as they are when it arrives) that it accepts. */
export async function openModel(entry: CatalogEntry): Promise<void> {
  modelError.value = null;
  const current = beginLoad(`${entry.id}@${entry.version}`);
  try {
    const m = await fetchModel(entry);
    if (!current()) return;
    const keep = inputsA.value;
    const next = defaultInputs(m);
    const carried: string[] = [];
    for (const p of m.predictors) {
      if (p.id in keep && checkInputs(m, { ...next, [p.id]: keep[p.id] }).ok) {
        next[p.id] = keep[p.id]!;
        // Carried over from the previous model: still the person's value only if they had set it.
        if (entered.value.has(p.id)) carried.push(p.id);
      }
    }
    batch(() => {
      choosing.value = null;
      showModel(m, next, carried);
    });
  } catch (e) {
    if (current()) {
      batch(() => {
        choosing.value = null;
        modelError.value = refusalOf(e);
      });
    }
  }
}

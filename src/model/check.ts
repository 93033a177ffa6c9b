/**
 * A small structural checker that records every problem with its JSON path
 * (`predictors[3].knots: must be strictly increasing, got [40,38,60]`). Hand-written rather than a
 * JSON Schema engine so that validating in the page costs a few KiB, not a schema compiler.
 */
export interface ModelProblem {
  path: string;
  message: string;
}

type Json = unknown;
export type Obj = Record<string, Json>;

/** A value as it appears in a message: JSON, shortened; `nothing` for an absent value. */
export const show = (v: Json) => {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/**
 * Larger magnitudes are not plausible anywhere in a model file, and the engine's cubes and products
 * of them would overflow to Infinity or NaN.
 */
export const MAX_MAGNITUDE = 1e15;

export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export class Checker {
  readonly problems: ModelProblem[] = [];

  fail(path: string, message: string): false {
    this.problems.push({ path: path || '(root)', message });
    return false;
  }

  /** A value that is absent: `is required`, said once even when `object` has said it already. */
  private absent(path: string): false {
    if (this.problems.some((p) => p.path === path && p.message === 'is required')) return false;
    return this.fail(path, 'is required');
  }

  /** An object with the required keys, and no keys outside `allowed` (a typo is an error, not a silent default). */
  object(v: Json, path: string, required: string[], optional: string[] = []): v is Obj {
    if (v === undefined && path) return this.absent(path);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.fail(path, `must be an object, got ${show(v)}`);
    const o = v as Obj;
    for (const key of required) if (!Object.hasOwn(o, key)) this.fail(join(path, key), 'is required');
    for (const key of Object.keys(o)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail(join(path, key), 'is not a field of this object');
    }
    return true;
  }

  array(v: Json, path: string, minLength = 0): v is Json[] {
    if (v === undefined) return this.absent(path);
    if (!Array.isArray(v)) return this.fail(path, `must be an array, got ${show(v)}`);
    if (v.length < minLength) return this.fail(path, `must have at least ${minLength} item${minLength > 1 ? 's' : ''}, got ${v.length}`);
    return true;
  }

  string(v: Json, path: string, pattern?: RegExp, what?: string): v is string {
    if (v === undefined) return this.absent(path);
    if (typeof v !== 'string' || v.trim() === '') return this.fail(path, `must be a non-empty string, got ${show(v)}`);
    if (pattern && !pattern.test(v)) return this.fail(path, `must be ${what ?? `a string matching ${pattern}`}, got ${show(v)}`);
    return true;
  }

  number(v: Json, path: string, opts: { min?: number; max?: number; above?: number; integer?: boolean } = {}): v is number {
    if (v === undefined) return this.absent(path);
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, `must be a finite number, got ${show(v)}`);
    if (Math.abs(v) > MAX_MAGNITUDE) return this.fail(path, `must be between -1e15 and 1e15 (a larger magnitude is not plausible), got ${v}`);
    if (opts.integer && !Number.isInteger(v)) return this.fail(path, `must be a whole number, got ${v}`);
    if (opts.above !== undefined && !(v > opts.above)) return this.fail(path, `must be greater than ${opts.above}, got ${v}`);
    if (opts.min !== undefined && v < opts.min) return this.fail(path, `must be at least ${opts.min}, got ${v}`);
    if (opts.max !== undefined && v > opts.max) return this.fail(path, `must be at most ${opts.max}, got ${v}`);
    return true;
  }

  boolean(v: Json, path: string): v is boolean {
    if (v === undefined) return this.absent(path);
    return typeof v === 'boolean' || this.fail(path, `must be true or false, got ${show(v)}`);
  }

  oneOf<T extends string>(v: Json, path: string, options: readonly T[]): v is T {
    if (v === undefined) return this.absent(path);
    return options.includes(v as T) || this.fail(path, `must be one of ${options.join(', ')}, got ${show(v)}`);
  }

  /** Every number finite, and strictly increasing when asked. */
  numbers(v: Json, path: string, opts: { minLength?: number; increasing?: boolean } = {}): v is number[] {
    if (!this.array(v, path, opts.minLength ?? 0)) return false;
    let ok = true;
    v.forEach((x, i) => (ok = this.number(x, join(path, i)) && ok));
    if (ok && opts.increasing && v.some((x, i) => i > 0 && (x as number) <= (v[i - 1] as number))) {
      return this.fail(path, `must be strictly increasing, got ${show(v)}`);
    }
    return ok;
  }

  /** `{ en, zh }`, both non-empty. */
  text(v: Json, path: string): boolean {
    if (!this.object(v, path, ['en', 'zh'])) return false;
    const ok = this.string(v.en, join(path, 'en'));
    return this.string(v.zh, join(path, 'zh')) && ok;
  }

  /** A [lower, upper] pair with lower <= upper. */
  range(v: Json, path: string): v is [number, number] {
    if (!this.numbers(v, path)) return false;
    if (v.length !== 2) return this.fail(path, `must be [lower, upper], got ${show(v)}`);
    if (v[0]! > v[1]!) return this.fail(path, `lower must not exceed upper, got ${show(v)}`);
    return true;
  }
}

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
export const ID = /^[a-z0-9][a-z0-9-]*$/;
export const PREDICTOR_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD string names a day that exists (not 2026-02-30). */
export const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

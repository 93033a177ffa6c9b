import { join, show, type ModelProblem } from './check.ts';
import type { Schema, Static } from './declare.ts';
import { resolve, type Node } from './resolve.ts';
import { discriminator, shared } from './union.ts';
import { MAX_MAGNITUDE } from './format/common.ts';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `value` has the shape `schema` declares, reporting every problem found with its JSON
 * path. Walks the subset of JSON Schema that declare.ts builds; a hand-written check attached to
 * a schema runs only once the value below it has its shape, so it never meets a wrong type.
 */
export function conforms<S extends Schema>(schema: S, value: unknown, problems: ModelProblem[]): value is Static<S> {
  return new Walk(problems).visit(schema, value, '');
}

class Walk {
  constructor(private readonly problems: ModelProblem[]) {}

  readonly fail = (path: string, message: string): false => {
    this.problems.push({ path: path || '(root)', message });
    return false;
  };

  visit(schema: Schema, v: unknown, path: string): boolean {
    const s = resolve(schema);
    const before = this.problems.length;
    if (!this.shape(s, v, path)) return false;
    s.check?.(v, path, this.fail);
    return this.problems.length === before;
  }

  /** A failed constraint: the schema's own message when it has one. */
  private failed(s: Node, v: unknown, path: string, plain: string, got: unknown = show(v)): false {
    return this.fail(path, s.errorMessage ? `${s.errorMessage}, got ${show(v)}` : `${plain}, got ${got}`);
  }

  private shape(s: Node, v: unknown, path: string): boolean {
    if (s.not) return this.fail(path, s.errorMessage ?? 'is not allowed here');
    if (s.nullable) return v === null || this.visit(s.nullable, v, path);
    if (s.either) return this.visit(isObject(v) ? s.either[1] : s.either[0], v, path);
    if (s.oneOf && !s.type) return this.union(s.oneOf, v, path);
    if (s.hasConst) return v === s.constant || this.failed(s, v, path, `must be ${show(s.constant)}`);
    if (s.enum) return s.enum.includes(v as string) || this.fail(path, `must be one of ${s.enum.join(', ')}, got ${show(v)}`);
    switch (s.type) {
      case 'object':
        return this.object(s, v, path);
      case 'array':
        return this.array(s, v, path);
      case 'string':
        if (typeof v !== 'string' || v.trim() === '') return this.fail(path, `must be a non-empty string, got ${show(v)}`);
        if (!s.pattern || s.pattern.test(v)) return true;
        return this.fail(path, `${s.patternErrorMessage ?? `must match ${s.pattern}`}, got ${show(v)}`);
      case 'number':
      case 'integer':
        return this.number(s, v, path);
      case 'boolean':
        return typeof v === 'boolean' || this.fail(path, `must be true or false, got ${show(v)}`);
      case undefined:
        return true;
      default:
        // ['string', 'number']: a patient's input, whose meaning the model's predictors decide.
        return typeof v === 'string' || typeof v === 'number' || this.fail(path, `must be a string or a number, got ${show(v)}`);
    }
  }

  private object(s: Node, v: unknown, path: string): boolean {
    if (!isObject(v)) return this.fail(path, `must be an object, got ${show(v)}`);
    let ok = true;
    for (const key of s.required) if (!Object.hasOwn(v, key)) ok = this.fail(join(path, key), 'is required');
    for (const key of Object.keys(v)) {
      const child = s.properties?.[key] ?? s.additionalProperties;
      ok = (child ? this.visit(child, v[key], join(path, key)) : this.fail(join(path, key), 'is not a field of this object')) && ok;
    }
    if (!s.oneOf) return ok;
    // exactlyOne(): `oneOf` of single required fields.
    const alternatives = s.oneOf.map((b) => b.required![0]!);
    const given = alternatives.filter((key) => Object.hasOwn(v, key));
    if (given.length === 1) return ok;
    return this.fail(path, `must give exactly one of ${alternatives.join(', ')}; got ${given.join(', ') || 'none'}`);
  }

  private array(s: Node, v: unknown, path: string): boolean {
    if (!Array.isArray(v)) return this.fail(path, `must be an array, got ${show(v)}`);
    let ok = true;
    for (let i = 0; i < v.length; i++) ok = this.visit(s.items!, v[i], join(path, i)) && ok;
    const n = v.length;
    if (s.minItems !== undefined && n < s.minItems) {
      return this.failed(s, v, path, `must have at least ${s.minItems} item${s.minItems > 1 ? 's' : ''}`, n);
    }
    if (s.maxItems !== undefined && n > s.maxItems) return this.failed(s, v, path, `must have at most ${s.maxItems} items`, n);
    if (s.uniqueItems) {
      const seen = new Set<string>();
      for (const x of v) {
        const key = JSON.stringify(x);
        if (seen.has(key)) return this.fail(path, `has ${show(x)} twice`);
        seen.add(key);
      }
    }
    return ok;
  }

  private number(s: Node, v: unknown, path: string): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, `must be a finite number, got ${show(v)}`);
    if (Math.abs(v) > MAX_MAGNITUDE) return this.fail(path, `must be between -1e15 and 1e15 (a larger magnitude is not plausible), got ${v}`);
    if (s.type === 'integer' && !Number.isInteger(v)) return this.fail(path, `must be a whole number, got ${v}`);
    if (s.exclusiveMinimum !== undefined && !(v > s.exclusiveMinimum)) return this.failed(s, v, path, `must be greater than ${s.exclusiveMinimum}`);
    if (s.minimum !== undefined && v < s.minimum) return this.failed(s, v, path, `must be at least ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) return this.failed(s, v, path, `must be at most ${s.maximum}`);
    return true;
  }

  /** One of several object schemas, chosen by the property that is a different constant in each. */
  private union(branches: Schema[], v: unknown, path: string): boolean {
    if (!isObject(v)) return this.fail(path, `must be an object, got ${show(v)}`);
    const { key, values } = discriminator(branches);
    const at = join(path, key);
    const i = values.indexOf(v[key]);
    if (i >= 0) return this.visit(branches[i]!, v, path);
    if (Object.hasOwn(v, key)) this.fail(at, `must be one of ${values.join(', ')}, got ${show(v[key])}`);
    else this.fail(at, 'is required');
    // Without a known branch, what every branch shares can still be checked.
    this.visit(shared(branches), v, path);
    return false;
  }
}

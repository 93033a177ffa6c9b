import { describe, expect, it } from 'vitest';
import type { ModelProblem } from '../src/model/check.ts';
import { conforms } from '../src/model/conforms.ts';
import { array, define, literal, numberType, object, optional, ref, refine, stringType, union, type Static } from '../src/model/declare.ts';

// The walker on a small declaration of its own, shaped like the growth the format expects: a
// third kind of model is one more branch of a union, told apart by a constant.
const positive = define('positive', refine(numberType({ minimum: 0 }), (v, path, fail) => v === 13 && fail(path, 'is unlucky')));
const shared = { id: stringType(), size: optional(ref(positive, { maximum: 100 })) };
const toy = union([
  object({ ...shared, kind: literal('a'), a: array(positive, { minItems: 1 }) }),
  object({ ...shared, kind: literal('b'), b: stringType() }),
  object({ ...shared, kind: literal('c') }),
]);

function problems(value: unknown): ModelProblem[] {
  const out: ModelProblem[] = [];
  conforms(toy, value, out);
  return out;
}

describe('conforms(schema, value, problems)', () => {
  it('accepts each branch, and types what it accepts', () => {
    const value: unknown = { kind: 'a', id: 'x', a: [1, 2] };
    const out: ModelProblem[] = [];
    expect(conforms(toy, value, out)).toBe(true);
    if (conforms(toy, value, out)) {
      const typed: Static<typeof toy> = value;
      expect(typed.kind === 'a' && typed.a).toEqual([1, 2]);
    }
    expect(problems({ kind: 'c', id: 'y', size: 100 })).toEqual([]);
  });

  it('names every branch of an unknown kind, and still checks what the branches share', () => {
    expect(problems({ kind: 'd', id: 7, b: 'kept' })).toEqual([
      { path: 'kind', message: 'must be one of a, b, c, got "d"' },
      { path: 'id', message: 'must be a non-empty string, got 7' },
    ]);
    expect(problems({ id: 'x', extra: 1 })).toEqual([
      { path: 'kind', message: 'is required' },
      { path: 'extra', message: 'is not a field of this object' },
    ]);
  });

  it('checks the branch the kind chooses, with paths into it', () => {
    expect(problems({ kind: 'a', id: 'x', a: [] })).toEqual([{ path: 'a', message: 'must have at least 1 item, got 0' }]);
    expect(problems({ kind: 'b', id: 'x', a: [1] })).toEqual([
      { path: 'b', message: 'is required' },
      { path: 'a', message: 'is not a field of this object' },
    ]);
  });

  it('narrows a definition where it is used, and keeps the definition\'s own rule', () => {
    expect(problems({ kind: 'c', id: 'x', size: 101 })).toEqual([{ path: 'size', message: 'must be at most 100, got 101' }]);
    expect(problems({ kind: 'c', id: 'x', size: 13 })).toEqual([{ path: 'size', message: 'is unlucky' }]);
  });

  it('runs a hand-written rule only on a value of the declared shape', () => {
    expect(problems({ kind: 'a', id: 'x', a: [13, -1] })).toEqual([
      { path: 'a[0]', message: 'is unlucky' },
      { path: 'a[1]', message: 'must be at least 0, got -1' },
    ]);
  });

  it('reports a root that is not an object at (root)', () => {
    expect(problems([])).toEqual([{ path: '(root)', message: 'must be an object, got []' }]);
  });
});

import { NAME, TARGET, type Schema } from '../src/model/declare.ts';
import { MODEL } from '../src/model/format/model.ts';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * models/model.schema.json as the declaration in src/model/format/ gives it: each named
 * definition once under `$defs`, referred to by `$ref` wherever it is used. Hand-written checks
 * are functions under symbols, so JSON.stringify leaves them out.
 */
export function modelSchema(root: Schema = MODEL): string {
  const defs: Record<string, unknown> = {};
  const emit = (node: unknown, asDefinition = false): unknown => {
    if (Array.isArray(node)) return node.map((x) => emit(x));
    if (typeof node !== 'object' || node === null) return node;
    const s = node as Schema;
    const name = s[NAME];
    if (name && !asDefinition) {
      if (!(name in defs)) {
        defs[name] = {};
        defs[name] = emit(s, true);
      }
      return { $ref: `#/$defs/${name}` };
    }
    if (s[TARGET]) emit(s[TARGET]);
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, emit(v)]));
  };
  const body = emit(root) as Record<string, unknown>;
  const sorted = Object.fromEntries(Object.keys(defs).sort().map((k) => [k, defs[k]]));
  return `${format({ $schema: DRAFT, ...body, $defs: sorted }, '')}\n`;
}

/** JSON with each object or array on one line when it fits in 120 columns, as one would write it by hand. */
function format(value: unknown, indent: string, lead = 0): string {
  const flat = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/([[{]) /g, '$1').replace(/ ([\]}])/g, '$1');
  if (typeof value !== 'object' || value === null || indent.length + lead + flat.length <= 120) return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((v) => `${inner}${format(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, k.length + 4)}`);
  return Array.isArray(value) ? `[\n${lines.join(',\n')}\n${indent}]` : `{\n${lines.join(',\n')}\n${indent}}`;
}

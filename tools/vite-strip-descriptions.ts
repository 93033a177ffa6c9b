import type { Plugin } from 'vite';

/** Files of the format's declaration, whose descriptions are for models/model.schema.json only. */
const FORMAT = /[\\/]src[\\/]model[\\/]format[\\/][^\\/]+\.ts$/;
/** The declaration's helpers whose first argument is a description (format/common.ts, format/coefficient.ts). */
const DESCRIBED = new Set(['text', 'date', 'ratio']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

/** A description as written: a string, a template without expressions, or strings joined with +. */
function isText(n: Node): boolean {
  if (n.type === 'Literal') return typeof n.value === 'string';
  if (n.type === 'TemplateLiteral') return (n.expressions as unknown[]).length === 0;
  if (n.type === 'BinaryExpression' && n.operator === '+') return isText(n.left as Node) && isText(n.right as Node);
  return false;
}

/**
 * Drops the descriptions from the model format's declaration in the page's build. They say what
 * each field means in `models/model.schema.json` (written by `npm run schema`, in Node, with every
 * word); the page checks a model file with the same declaration and reports problems with its
 * own messages, which never quote a description. Without them the checks weigh 4 KiB less, gzip.
 */
export function stripFormatDescriptions(): Plugin {
  return {
    name: 'strip-format-descriptions',
    apply: 'build',
    transform(code, id) {
      if (!FORMAT.test(id)) return null;
      const cuts: [number, number, string][] = [];
      const visit = (n: Node): void => {
        if (n.type === 'Property' && !n.computed && (n.key as Node & { name?: string }).name === 'description' && isText(n.value as Node)) {
          // The property and the comma after it.
          let end = n.end;
          while (/\s/.test(code[end] ?? '')) end++;
          cuts.push([n.start, code[end] === ',' ? end + 1 : n.end, '']);
          return;
        }
        if (n.type === 'CallExpression' && DESCRIBED.has((n.callee as Node & { name?: string }).name ?? '')) {
          const first = (n.arguments as Node[])[0];
          if (first && isText(first)) cuts.push([first.start, first.end, "''"]);
        }
        for (const value of Object.values(n)) {
          if (Array.isArray(value)) value.forEach((v) => isNode(v) && visit(v));
          else if (isNode(value)) visit(value);
        }
      };
      visit(this.parse(code) as unknown as Node);
      if (!cuts.length) return null;
      let out = code;
      for (const [from, to, put] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + put + out.slice(to);
      return { code: out, map: null };
    },
  };
}

/** One problem with a model file: where (`predictors[3].knots`) and what, in words. */
export interface ModelProblem {
  path: string;
  message: string;
}

/** A value as it appears in a message: JSON, shortened; `nothing` for an absent value. */
export const show = (v: unknown) => {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** The path of a field or item below `path`; the root's fields are named bare (`title`). */
export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

import { compileModel } from '../engine/compile.ts';
import { stepOf } from '../engine/inputs.ts';
import type { Model, Predictor } from '../model/types.ts';
import { num, t, tx, unitText } from './i18n.ts';

/** A value as a person reads it: the level's label, or the number with its unit. */
export function valueLabel(p: Predictor, value: string | number): string {
  if (p.type === 'categorical') {
    const level = p.levels.find((l) => l.id === value);
    return level ? tx(level.label) : String(value);
  }
  return t('valueUnit', { n: num(value as number, 2), unit: unitText(tx(p.unit)) });
}

/** What a slider announces: "60 years, 33 points". */
export function valueText(model: Model, p: Predictor, value: string | number | undefined, valid: boolean, points?: number): string {
  if (value === undefined || value === '' || !valid) return t('inputMissing', { allowed: allowedText(p) });
  const n = points ?? compileModel(model).points(p.id, value);
  return t('valueWithPoints', { value: valueLabel(p, value), points: t('points', { n: num(n) }) });
}

/** What a predictor accepts, in words of the current language. */
export function allowedText(p: Predictor): string {
  if (p.type === 'categorical') return p.levels.map((l) => tx(l.label)).join(' / ');
  return t(p.integer ? 'wholeNumberRange' : 'numberRange', {
    min: num(p.axis.min, 2),
    max: num(p.axis.max, 2),
    unit: unitText(tx(p.unit)),
  });
}

/** The message shown under an input whose value is not acceptable. */
export function problemText(p: Predictor, value: unknown): string {
  if (value === undefined || value === '') return t('inputMissing', { allowed: allowedText(p) });
  return t('inputInvalid', { value: String(value), allowed: allowedText(p) });
}

/** Rounds to the step grid from the axis minimum, clamped to the axis. */
export function snap(p: Exclude<Predictor, { type: 'categorical' }>, x: number): number {
  const step = stepOf(p);
  const snapped = p.axis.min + Math.round((x - p.axis.min) / step) * step;
  const clamped = Math.min(p.axis.max, Math.max(p.axis.min, snapped));
  return Number(clamped.toPrecision(12));
}

/**
 * The value a key moves to, as a slider does (arrows step, Page keys jump 10 steps, Home/End go to
 * the ends). A category moves through `order` (its levels as drawn), or the file's order.
 */
export function nextValue(p: Predictor, value: string | number | undefined, key: string, order?: string[]): string | number | undefined {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
  if (p.type === 'categorical') {
    const ids = order ?? p.levels.map((l) => l.id);
    const last = ids.length - 1;
    const i = Math.max(ids.indexOf(String(value)), 0);
    const to =
      key === 'Home' ? 0 : key === 'End' ? last : key in moves ? Math.min(last, Math.max(0, i + Math.sign(moves[key]!))) : undefined;
    return to === undefined ? undefined : ids[to];
  }
  if (key === 'Home') return p.axis.min;
  if (key === 'End') return p.axis.max;
  if (!(key in moves)) return undefined;
  const current = typeof value === 'number' && Number.isFinite(value) ? value : p.axis.min;
  return snap(p, current + moves[key]! * stepOf(p));
}

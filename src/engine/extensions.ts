import type { FineGrayModel, Model, ParametricModel } from '../model/types.ts';
import type { Column } from './coefficient.ts';
import type { CompiledPredictor } from './compile.ts';
import type { survfitSurvival } from './coxSurvfit.ts';
import type { Family } from './family.ts';
import type { CompiledInteraction } from './interactions.ts';

/**
 * The engine's parts that only format-version-2 models use: the parametric and Fine-Gray families,
 * interactions, and survfit's Cox interval. They are not in the page's first-result script: the
 * page imports `v2.ts`, which fills this in, before it compiles a version 2 model, and every other
 * user of the engine (the command line, the checks of a model file, the tests) imports it at once.
 */
export interface Extensions {
  parametric: (model: ParametricModel, columns: Column[]) => Family;
  fineGray: (model: FineGrayModel, columns: Column[]) => Family;
  interactions: (model: Model, predictors: CompiledPredictor[], columns: Column[]) => CompiledInteraction[];
  survfit: typeof survfitSurvival;
}

const loaded: Partial<Extensions> = {};

export function addExtensions(parts: Extensions): void {
  Object.assign(loaded, parts);
}

/** One of the version 2 parts; a model that needs it before `v2.ts` is loaded is a programming error. */
export function extension<K extends keyof Extensions>(name: K): Extensions[K] {
  const part = loaded[name];
  if (!part) throw new Error(`the engine's ${name} part is not loaded: import engine/v2.ts before compiling a format version 2 model`);
  return part as Extensions[K];
}

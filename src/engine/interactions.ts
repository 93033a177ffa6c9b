import type { Inputs, Interaction, Model } from '../model/types.ts';
import type { Column } from './coefficient.ts';
import type { CompiledPredictor } from './compile.ts';
import { interactionDesign, type InteractionColumn } from './interaction.ts';

/**
 * An interaction made ready to compute (format version 2). As rms nomogram(..., interact =)
 * draws it, it is one row of points carrying both predictors' main effects and the products.
 */
export interface CompiledInteraction {
  interaction: Interaction;
  first: CompiledPredictor;
  second: CompiledPredictor;
  /** Index of its first design column, after every predictor's. */
  offset: number;
  /** Its design columns for one patient. */
  design(inputs: Inputs): number[];
  /** Both main effects plus the products: the row's f. */
  contribution(inputs: Inputs): number;
  /** Smallest and largest f over every pair of admissible values. */
  min: number;
  max: number;
}

const columnNames = (cp: CompiledPredictor): string[] => {
  const p = cp.predictor;
  if (p.type === 'categorical') return p.levels.flatMap((l) => (l.coefficient ? [l.coefficient.name] : []));
  return p.type === 'linear' ? [p.coefficient.name] : p.coefficients.map((c) => c.name);
};

/** Compiles the model's interactions, appending their columns to `columns`. */
export function compileInteractions(model: Model, predictors: CompiledPredictor[], columns: Column[]): CompiledInteraction[] {
  return (model.interactions ?? []).map((interaction) => {
    const [first, second] = interaction.between.map((id) => predictors.find((cp) => cp.predictor.id === id)!) as [
      CompiledPredictor,
      CompiledPredictor,
    ];
    const [namesA, namesB] = [columnNames(first), columnNames(second)];
    const own: InteractionColumn[] = interaction.columns.map((c) => ({
      name: c.name,
      beta: c.beta,
      of: [namesA.indexOf(c.of[0]), namesB.indexOf(c.of[1])],
    }));
    const offset = columns.length;
    columns.push(...own.map((c) => ({ name: c.name, beta: c.beta, se: undefined })));
    const pair = (a: string | number, b: string | number) => {
      const da = first.design(a);
      const db = second.design(b);
      return { design: interactionDesign(da, db, own), f: first.contribution(a) + second.contribution(b) };
    };
    const f = (a: string | number, b: string | number) => {
      const { design, f: main } = pair(a, b);
      return design.reduce((s, x, j) => s + x * own[j]!.beta, main);
    };
    const fs = first.values.flatMap((a) => second.values.map((b) => f(a, b)));
    return {
      interaction,
      first,
      second,
      offset,
      design: (inputs) => pair(inputs[first.predictor.id]!, inputs[second.predictor.id]!).design,
      contribution: (inputs) => f(inputs[first.predictor.id]!, inputs[second.predictor.id]!),
      min: Math.min(...fs),
      max: Math.max(...fs),
    };
  });
}

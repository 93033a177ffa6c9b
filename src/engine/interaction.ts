/**
 * One design column of an interaction: the product of column `of[0]` of the first predictor's
 * design columns and column `of[1]` of the second's (a level indicator times a value or spline
 * basis column, two indicators, or two values), as R's model.matrix builds `age:sexfemale`.
 */
export interface InteractionColumn {
  name: string;
  beta: number;
  of: readonly [number, number];
}

/** The interaction's design columns for one patient, from the two predictors' own design columns. */
export function interactionDesign(first: readonly number[], second: readonly number[], columns: readonly InteractionColumn[]): number[] {
  return columns.map((c) => first[c.of[0]]! * second[c.of[1]]!);
}

/** The interaction's contribution to the linear predictor. */
export function interactionContribution(
  first: readonly number[],
  second: readonly number[],
  columns: readonly InteractionColumn[],
): number {
  return interactionDesign(first, second, columns).reduce((s, x, i) => s + x * columns[i]!.beta, 0);
}

import { readFileSync } from 'node:fs';

/** Usage of each command, shown by `nomogram <command> --help`. */
export const COMMAND_USAGE: Record<string, string> = {
  validate: `nomogram validate <model>...
  Checks model files against the format, then runs each file's own test vectors.
  Exit status 1 if any file is invalid; every problem is named by JSON path.`,
  list: `nomogram list
  Bundled models and their versions.`,
  table: `nomogram table <model> [--json]
  Points of each tick or level, and the total-points scale with linear predictor and risks.`,
  predict: `nomogram predict <model> --input '<json>' [--times 12,24] [--json]
nomogram predict <model> --data <file.csv> [--times 12,24] [--json]
  One patient (--input; --input - reads the JSON from standard input), or one result per row of a
  CSV file whose columns are named by predictor id (--data; - for standard input). CSV output:
  the inputs, total points, linear predictor and each estimate with its 95% bounds. A refused row
  is named by row and column on standard error, the other rows are still computed, and the exit
  status is then 2.`,
  evaluate: `nomogram evaluate <model> --data <file.csv> [--horizon T] [--time time --status status | --outcome outcome] [--groups 10] [--json]
  Checks a model on a cohort of your own: C-index, calibration slope (and intercept), observed and
  expected risk, Brier score and calibration by risk group, computed as R's survival,
  riskRegression and rms compute them. Status is 1 for the event and 0 for censored; the outcome
  is 1 or 0. Columns default to time and status (survival) or outcome (logistic). The horizon
  defaults to the model's longest horizon that the cohort's follow-up reaches. Exit status 2 when
  a row or the cohort is refused (bad cells are named by row and column).`,
};

/** The package version, for `nomogram --version`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

import { parseArgs } from 'node:util';
import '../engine/v2.ts';
import { evaluateCommand } from './evaluate.ts';
import { EXIT, stdio, type Io } from './io.ts';
import { listCommand } from './list.ts';
import { predictCommand } from './predict.ts';
import { tableCommand } from './table.ts';
import { COMMAND_USAGE, packageVersion } from './usage.ts';
import { validateCommand } from './validate.ts';

const USAGE = `Usage:
  nomogram validate <model>...                 check model files; exit 1 if any is invalid
  nomogram table <model> [--json]               points of each tick or level, and the total-points scale
  nomogram predict <model> --input '<json>' [--times 12,24] [--json]
  nomogram predict <model> --data <file.csv> [--times 12,24] [--json]    one result per row
  nomogram evaluate <model> --data <file.csv> [--horizon T] [--json]     check a model on a cohort
  nomogram list                                 bundled models and versions
  nomogram <command> --help                     more on one command; nomogram --version

<model> is a bundled id (its newest version), id@version, or a path to a model file.

Exit status, the same for every command:
  0  success
  1  a model file is invalid (each problem is listed by JSON path), or its test vectors fail
  2  bad usage: an unknown command, option or model, a file that cannot be read, or invalid --input/--times`;

/** Runs one CLI command and returns its exit status. Never throws for bad input. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        input: { type: 'string' },
        times: { type: 'string' },
        data: { type: 'string' },
        horizon: { type: 'string' },
        time: { type: 'string' },
        status: { type: 'string' },
        outcome: { type: 'string' },
        groups: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`nomogram: ${(e as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(packageVersion());
    return EXIT.ok;
  }
  const asked = command === 'help' ? rest[0] : values.help ? command : undefined;
  if (values.help || command === 'help') {
    io.out(asked && COMMAND_USAGE[asked] ? COMMAND_USAGE[asked] : USAGE);
    return EXIT.ok;
  }
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
    case 'list':
      return listCommand(io);
    case 'table':
      if (rest.length !== 1) break;
      return tableCommand(rest[0]!, { json: values.json ?? false }, io);
    case 'predict':
      if (rest.length !== 1) break;
      return predictCommand(rest[0]!, { json: values.json ?? false, input: values.input, times: values.times, data: values.data }, io);
    case 'evaluate':
      if (rest.length !== 1) break;
      return evaluateCommand(
        rest[0]!,
        {
          json: values.json ?? false,
          data: values.data,
          time: values.time,
          status: values.status,
          outcome: values.outcome,
          horizon: values.horizon === undefined ? undefined : Number(values.horizon),
          groups: values.groups === undefined ? undefined : Number(values.groups),
        },
        io,
      );
  }
  io.err(command ? `nomogram: unknown command or wrong arguments: ${argv.join(' ')}\n\n${USAGE}` : USAGE);
  return EXIT.usage;
}

/** Where a command writes: standard output for results, standard error for problems. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/** Exit statuses, the same for every command (listed in `nomogram --help`). */
export const EXIT = { ok: 0, invalidModel: 1, usage: 2 } as const;

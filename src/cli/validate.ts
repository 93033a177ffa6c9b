import { EXIT, type Io } from './io.ts';
import { loadOrReport } from './load.ts';

/** `nomogram validate`: every problem of every file as `<json path>: <what is wrong>`; the worst status of all. */
export function validateCommand(refs: string[], io: Io): number {
  if (!refs.length) {
    io.err('nomogram validate: name at least one model (id, id@version or file)');
    return EXIT.usage;
  }
  let status: number = EXIT.ok;
  for (const ref of refs) {
    const loaded = loadOrReport(ref, io, {
      prefix: `${ref}: `,
      heading: (file, n) => `invalid  ${file}: ${n} problem${n > 1 ? 's' : ''}`,
    });
    if (typeof loaded === 'number') status = Math.max(status, loaded);
    else io.out(`ok  ${loaded.model.id}@${loaded.model.version}  (${loaded.file})`);
  }
  return status;
}

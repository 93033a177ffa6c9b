import type { Io } from './main.ts';
import { bundledIds, bundledVersions, loadModel } from './load.ts';

/** `nomogram validate`: every problem of every file as `<file>: <json path>: <what is wrong>`. */
export function validateCommand(refs: string[], io: Io, opts: { list?: boolean } = {}): number {
  if (opts.list) {
    for (const id of bundledIds()) {
      const loaded = loadModel(id);
      const title = loaded.ok ? `  ${loaded.model.title.en}` : '  (invalid)';
      io.out(`${id}@${bundledVersions(id).join(', ')}${title}`);
    }
    return 0;
  }
  if (!refs.length) {
    io.err('nomogram validate: name at least one model (id, id@version or file)');
    return 2;
  }
  let status = 0;
  for (const ref of refs) {
    const loaded = loadModel(ref);
    if (loaded.ok) {
      io.out(`ok  ${loaded.model.id}@${loaded.model.version}  (${loaded.file})`);
    } else if ('error' in loaded) {
      io.err(`${ref}: ${loaded.error}`);
      status = 1;
    } else {
      io.err(`invalid  ${loaded.file}: ${loaded.problems.length} problem${loaded.problems.length > 1 ? 's' : ''}`);
      for (const p of loaded.problems) io.err(`${p.path}: ${p.message}`);
      status = 1;
    }
  }
  return status;
}

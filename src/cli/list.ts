import { EXIT, type Io } from './io.ts';
import { bundled, loadOrReport } from './load.ts';

/** `nomogram list`: each bundled id with its versions and title. */
export function listCommand(io: Io): number {
  const silent: Io = { out: () => {}, err: () => {} };
  for (const [id, versions] of bundled()) {
    const loaded = loadOrReport(id, silent);
    io.out(`${id}@${versions.join(', ')}${typeof loaded === 'number' ? '  (invalid)' : `  ${loaded.model.title.en}`}`);
  }
  return EXIT.ok;
}

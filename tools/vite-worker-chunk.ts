import type { Plugin } from 'vite';

/**
 * A module Web Worker built in the page's own chunk graph, so it shares the engine's chunks with
 * the page instead of carrying a copy of its own (Vite builds `new Worker(new URL(...))` apart).
 * `import workerUrl from 'worker-url:<path from the project root>'` gives the worker script's URL:
 * in the build, an extra entry chunk whose imports are the page's chunks; on the dev server, the
 * source file itself. The worker must be started with `{ type: 'module' }`.
 */
export function workerChunks(): Plugin {
  const PREFIX = 'worker-url:';
  const refs = new Map<string, string>();
  let serving = false;
  let base = '/';
  return {
    name: 'worker-chunks',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const path = id.slice(PREFIX.length + 1).replace(/^\/+/, '');
      if (serving) return `export default ${JSON.stringify(base + path)};`;
      let ref = refs.get(path);
      if (!ref) {
        ref = this.emitFile({ type: 'chunk', id: path, name: path.replace(/^.*\//, '').replace(/\.[jt]s$/, '') });
        refs.set(path, ref);
      }
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

import type { Plugin } from 'vite';

const helper = '\0vite/preload-helper.js';

/**
 * Vite wraps every lazy `import()` in a helper that first fetches the chunk's CSS and preloads its
 * imports. Here module preloading is off (vite.config.ts) and the only CSS is the page's one
 * stylesheet, which index.html links, so the helper only ever finds it already there: it does
 * nothing, yet it is 0.8 KiB gzip of the first result's script. This makes it the bare call. The
 * build fails if a lazy import ever needs anything else first, rather than silently not loading it.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === helper) return 'export const __vitePreload = (load) => load();';
    },
    writeBundle(_options, bundle) {
      const page = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.facadeModuleId?.endsWith('index.html'));
      const linked = new Set(page?.type === 'chunk' ? page.viteMetadata?.importedCss : []);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // The list of what lazy imports wait for, as Vite writes it: m.f||(m.f=["assets/…", …]).
        for (const [, list] of file.code.matchAll(/m\.f=\[([^\]]*)\]/g)) {
          const deps = [...list!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
          const missing = deps.filter((d) => !linked.has(d));
          if (missing.length)
            this.error(`${file.fileName}: a lazy import needs ${missing.join(', ')} first, which this build does not load`);
        }
      }
    },
  };
}

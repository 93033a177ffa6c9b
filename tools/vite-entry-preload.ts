import type { Plugin } from 'vite';

/**
 * `<link rel="modulepreload">` for the chunks the entry script imports statically (preact and the
 * engine), so they download beside it rather than after it has been parsed: one round trip less
 * before the first result on a slow network. Vite's own module preloading is off (vite.config.ts):
 * it would preload every lazy part's imports too, weighing on the first result.
 */
export function entryPreload(): Plugin {
  let base = '/';
  return {
    name: 'entry-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return (ctx.chunk?.imports ?? []).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { csp } from './tools/vite-csp.ts';
import { entryPreload } from './tools/vite-entry-preload.ts';
import { models } from './tools/vite-models.ts';
import { noPreloadHelper } from './tools/vite-no-preload-helper.ts';
import { stripFormatDescriptions } from './tools/vite-strip-descriptions.ts';
import { workerChunks } from './tools/vite-worker-chunk.ts';

// BASE lets the same app be served from a subpath, e.g. BASE=/tools/nomogram/ npm run build.
const base = process.env.BASE ?? '/';
// APP_VERSION names a build (the update test builds twice); the package version otherwise.
const vendor = (file: string) => fileURLToPath(new URL(`./src/app/vendor/${file}`, import.meta.url));
const version = process.env.APP_VERSION ?? process.env.npm_package_version ?? 'dev';

export default defineConfig({
  base,
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    models(),
    csp(),
    stripFormatDescriptions(),
    workerChunks(),
    entryPreload(),
    noPreloadHelper(),
    VitePWA({
      // The page registers the worker itself with workbox-window and asks before updating.
      registerType: 'prompt',
      injectRegister: false,
      // Icons, apple-touch-icon and favicon are generated from public/icon.svg at build time.
      pwaAssets: {
        image: 'public/icon.svg',
        preset: 'minimal-2023',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: true,
        injectThemeColor: false,
      },
      manifest: {
        id: base,
        name: 'Nomogram calculator',
        short_name: 'Nomogram',
        description:
          'Clinical prediction nomograms from published models, with honest uncertainty. Works offline; nothing entered leaves the device.',
        lang: 'en',
        theme_color: '#0b3d6b',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: base,
        scope: base,
        categories: ['medical', 'education'],
      },
      workbox: {
        // Everything the app needs offline: shell, interface strings, every model file, icons.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ico}'], // the manifest is added by the plugin itself
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // One self-contained worker script: its install and fetch handlers are registered on first evaluation.
        inlineWorkboxRuntime: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: {
    // Number-only scales: keeps d3's colour, interpolation and number-format code out of the
    // first-result script, which draws the nomogram with d3-scale (see src/app/vendor). With the
    // real modules that script is 30.2 KiB gzip instead of 24, over its 25 KiB budget. The curves,
    // a lazily loaded part, use the real d3-path (0.6 KiB more in that part alone).
    alias: [
      // The package's "module" entry is its ES5 build; the page targets ES2022, and the modern build is 1 KiB smaller.
      { find: 'workbox-window', replacement: vendor('../../../node_modules/workbox-window/build/workbox-window.prod.mjs') },
      { find: 'd3-array', replacement: vendor('d3-array-scale.ts') },
      { find: 'd3-interpolate', replacement: vendor('d3-interpolate-number.ts') },
      { find: 'd3-format', replacement: vendor('d3-format-absent.ts') },
      // d3-scale's own module behind scale.tickFormat(), the only importer of that name.
      { find: /^\.\/tickFormat\.js$/, replacement: vendor('d3-scale-tick-format.ts') },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The manifest names each chunk's source and imports, so the budgets and the bench need not guess from file names.
  // No module preloading for lazy parts: their shared chunks (preact, the strings) are loaded with the
  // first result already, and every chunk is precached (the helper that would do it: tools/vite-no-preload-helper.ts).
  // Terser rather than the default minifier: 130 bytes less of the first result's script, gzip.
  build: { target: 'es2022', modulePreload: false, manifest: true, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

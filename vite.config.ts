import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { csp } from './tools/vite-csp.ts';
import { models } from './tools/vite-models.ts';

// BASE lets the same app be served from a subpath, e.g. BASE=/tools/nomogram/ npm run build.
const base = process.env.BASE ?? '/';

export default defineConfig({
  base,
  plugins: [models(), csp()],
  resolve: {
    // Number-only scales: keeps d3's colour and format code out of a 30 KiB page (see src/app/vendor).
    alias: {
      'd3-interpolate': fileURLToPath(new URL('./src/app/vendor/d3-interpolate-number.ts', import.meta.url)),
      'd3-format': fileURLToPath(new URL('./src/app/vendor/d3-format-absent.ts', import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

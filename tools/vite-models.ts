import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadModelFiles } from '../src/model/load.ts';
import type { CatalogEntry } from '../src/app/catalog.ts';

// MODELS_DIR builds from another folder of model files (the update test builds a later release).
const MODELS = process.env.MODELS_DIR ?? new URL('../models/', import.meta.url).pathname;

interface Found {
  file: string;
  source: string;
  entry: CatalogEntry;
}

/** Every model file under models/, validated and run against its test vectors: an invalid one fails the build with its problems. */
function collect(): Found[] {
  const problems: string[] = [];
  const found = loadModelFiles(MODELS).flatMap(({ id, version, model: m }): Found[] => {
    const file = `models/${id}/${version}.json`;
    if (m.id !== id || m.version !== version) {
      problems.push(`${file}: its id and version (${m.id}@${m.version}) do not match its path`);
      return [];
    }
    // Minified: the app reads it, people read the source file.
    const source = JSON.stringify(m);
    return [{
      file,
      source,
      entry: {
        // The page opens exactly these bytes, the ones validated and run against their test vectors here.
        id: m.id, version: m.version, file, sha256: createHash('sha256').update(source).digest('hex'), title: m.title, summary: m.summary, outcome: m.outcome,
        kind: m.kind, ...(m.teachingOnly ? { teachingOnly: true } : {}), ...(m.approximate ? { approximate: true } : {}),
      },
    }];
  });
  if (problems.length) throw new Error(`invalid model files:\n${problems.join('\n')}`);
  // models/catalog.json names the model the app opens on; it is data, so src/ names no model.
  const config = join(MODELS, 'catalog.json');
  const preferred = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as { default?: string }).default : undefined;
  if (preferred !== undefined && !found.some((f) => f.entry.id === preferred)) {
    throw new Error(`models/catalog.json: default ${JSON.stringify(preferred)} is not a bundled model`);
  }
  for (const f of found) if (f.entry.id === preferred) f.entry.default = true;
  // loadModelFiles gives them by id, newest version first.
  return found;
}

/**
 * Serves models/ to the app as data, not code: each file at its own URL plus models/index.json,
 * a catalog of what is bundled. In the build they are emitted as assets (and precached).
 */
export function models(): Plugin {
  let baseUrl = '/';
  return {
    name: 'nomogram-models',
    // The catalogue and the default model are fetched as soon as the HTML arrives, not after the script runs.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const base = ctx.server?.config.base ?? baseUrl;
        const first = collect().find((f) => f.entry.default);
        // English strings too: the language most pages open in (a Chinese browser fetches its own).
        return ['locales/en.json', `models/index.json`, ...(first ? [first.file] : [])].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${href}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
    configResolved(config) {
      baseUrl = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(server.config.base, '/');
        if (!path.startsWith('/models/')) return next();
        try {
          const all = collect();
          const body = path === '/models/index.json' ? JSON.stringify(all.map((f) => f.entry)) : all.find((f) => `/${f.file}` === path)?.source;
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.end((e as Error).message);
        }
      });
    },
    generateBundle() {
      const all = collect();
      for (const f of all) this.emitFile({ type: 'asset', fileName: f.file, source: f.source });
      this.emitFile({ type: 'asset', fileName: 'models/index.json', source: JSON.stringify(all.map((f) => f.entry)) });
    },
  };
}

/**
 * The built app's JavaScript as the page loads it, read from Vite's manifest (dist/.vite/manifest.json):
 * what the first result needs (the entry script and what it imports statically, which the page
 * preloads), each lazily loaded part with what it adds, the total, and whether the service worker
 * precaches each file. Sizes are gzip -9, as a server would send them. The page's entry is
 * index.html's; every other entry is a Web Worker built with the page's chunks
 * (tools/vite-worker-chunk.ts), a part of its own named by its source's stem (worker:cohort.worker)
 * that counts what it adds to the first result's chunks. A worker built apart by Vite (not in the
 * manifest) would be found in assets/ and counted whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  /** The chunk's file, relative to the build folder. */
  file: string;
  raw: number;
  gzip: number;
}

export interface Part {
  /** The source module the page imports lazily, e.g. src/app/explore/Curves.tsx. */
  src: string;
  /** Its own chunk and the shared chunks it alone brings (not already loaded for the first result). */
  files: ChunkSize[];
  gzip: number;
}

export interface Bundle {
  firstResult: { files: ChunkSize[]; gzip: number };
  parts: Part[];
  total: { files: number; raw: number; gzip: number };
  /** JavaScript files the service worker does not precache (there should be none). */
  notPrecached: string[];
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

/** The chunk of every part of the page after the first result (src/app/parts.ts). */
export const PAGE_PARTS = 'src/app/parts.ts';

const gzip = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export function readBundle(dist: string): Bundle {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const size = (file: string): ChunkSize => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gzip(buf) };
  };
  // A chunk and everything it imports statically, as keys of the manifest.
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, seen);
    return seen;
  };
  if (!manifest['index.html']?.isEntry) throw new Error(`${dist}/.vite/manifest.json: index.html is not an entry`);
  const first = closure('index.html');
  const firstFiles = [...first].map((k) => size(manifest[k]!.file));
  const workerName = (file: string) => `worker:${file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')}`;
  // The rest of the page (src/app/parts.ts) loads on every visit, right after the first result, so
  // a part asked for later (your own files, the worker) counts only what it adds to both.
  const page = manifest[PAGE_PARTS] ? closure(PAGE_PARTS) : new Set<string>();
  const loadedBefore = (key: string) => (key === PAGE_PARTS ? first : new Set([...first, ...page]));
  const parts = Object.entries(manifest)
    .filter(([key, c]) => c.isDynamicEntry || (c.isEntry && key !== 'index.html'))
    .map(([key, c]) => {
      const before = loadedBefore(key);
      const files = [...closure(key)].filter((k) => !before.has(k)).map((k) => size(manifest[k]!.file));
      return { src: c.isEntry ? workerName(c.file) : (c.src ?? key), files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
    })
    .sort((a, b) => a.src.localeCompare(b.src));
  const listed = new Set(Object.values(manifest).map((c) => c.file));
  const workers = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !listed.has(`assets/${f}`))
    .map((f) => size(`assets/${f}`));
  for (const w of workers) parts.push({ src: workerName(w.file), files: [w], gzip: w.gzip });
  const all = [...[...listed].filter((f) => f.endsWith('.js')).map(size), ...workers];
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return {
    firstResult: { files: firstFiles, gzip: firstFiles.reduce((s, f) => s + f.gzip, 0) },
    parts,
    total: { files: all.length, raw: all.reduce((s, f) => s + f.raw, 0), gzip: all.reduce((s, f) => s + f.gzip, 0) },
    notPrecached: all.map((f) => f.file).filter((f) => !sw.includes(`"${f}"`)),
  };
}

/**
 * The built app's JavaScript as the page loads it, read from Vite's manifest (dist/.vite/manifest.json):
 * what the first result needs (the entry script and what it imports statically, which the page
 * preloads), each lazily loaded part with what it adds, the total, and whether the service worker
 * precaches each file. Sizes are gzip -9, as a server would send them. A Web Worker is built apart
 * and is not in the manifest: each one found in assets/ is a part of its own (named by its file's
 * stem, e.g. worker:cohort.worker), and counts in the total.
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
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length !== 1) throw new Error(`${dist}/.vite/manifest.json: expected one entry, found ${entries.length}`);
  const first = closure(entries[0]!);
  const firstFiles = [...first].map((k) => size(manifest[k]!.file));
  const parts = Object.entries(manifest)
    .filter(([, c]) => c.isDynamicEntry)
    .map(([key, c]) => {
      const files = [...closure(key)].filter((k) => !first.has(k)).map((k) => size(manifest[k]!.file));
      return { src: c.src ?? key, files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
    })
    .sort((a, b) => a.src.localeCompare(b.src));
  const listed = new Set(Object.values(manifest).map((c) => c.file));
  const workers = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !listed.has(`assets/${f}`))
    .map((f) => size(`assets/${f}`));
  for (const w of workers)
    parts.push({ src: `worker:${w.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')}`, files: [w], gzip: w.gzip });
  const all = [...[...listed].filter((f) => f.endsWith('.js')).map(size), ...workers];
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return {
    firstResult: { files: firstFiles, gzip: firstFiles.reduce((s, f) => s + f.gzip, 0) },
    parts,
    total: { files: all.length, raw: all.reduce((s, f) => s + f.raw, 0), gzip: all.reduce((s, f) => s + f.gzip, 0) },
    notPrecached: all.map((f) => f.file).filter((f) => !sw.includes(`"${f}"`)),
  };
}

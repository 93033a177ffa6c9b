import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../tools/vite-csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** What a host compresses: text, not images that are compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * A static host like the ones the README describes: serves a built folder under a base path with
 * the security headers, and can switch to another build while running (to publish an update).
 * Like any production host or CDN, it sends text gzipped to a browser that accepts it, so a page
 * load (and the bench's Lighthouse) costs what it would on a real host.
 */
export class StaticHost {
  private server: Server;
  private zipped = new Map<string, { mtime: number; body: Buffer }>();
  root: string;

  /** `secure` false serves without this app's security headers (another app's build, for the bench). */
  constructor(
    root: string,
    readonly base = '/',
    readonly secure = true,
  ) {
    this.root = root;
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(this.base)) {
        res.writeHead(404).end();
        return;
      }
      let file = normalize(join(this.root, decodeURIComponent(url.pathname.slice(this.base.length))));
      if (!file.startsWith(normalize(this.root))) {
        res.writeHead(403).end();
        return;
      }
      if (!existsSync(file) || statSync(file).isDirectory()) file = join(this.root, 'index.html');
      const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        ...(this.secure ? SECURITY_HEADERS : {}),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The service worker script must be revalidated for updates to be found.
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? this.gzipped(file) : readFileSync(file));
    });
  }

  /** The file gzipped, once per version of it (a build can be replaced while the host runs). */
  private gzipped(file: string): Buffer {
    const mtime = statSync(file).mtimeMs;
    const kept = this.zipped.get(file);
    if (kept?.mtime === mtime) return kept.body;
    const body = gzipSync(readFileSync(file));
    this.zipped.set(file, { mtime, body });
    return body;
  }

  listen(): Promise<string> {
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${this.base}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Serve the built web app from web-dist/: hashed assets cached for a year, every other page gets index.html. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** web-dist/ next to src/ and dist/ (the same relative place from src/server and dist/server). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web-dist', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>roundtrip</title>
<p>The web app is not built yet. Run <code>npm run build</code> in the project folder, then reload.</p>
<p>The API answers under <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/** A static file answer, or null when the path is not a file of the app. */
export interface StaticFile {
  readonly body: Uint8Array | string;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly status: number;
}

/**
 * Resolve a request path to a file of the built app. Paths without an extension are pages of the
 * single-page app and get index.html; missing assets are null (a 404).
 */
export async function staticFile(webDir: string, pathname: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(webDir);
  const target = resolve(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  const ext = extname(target);
  if (ext && ext !== '.html') {
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) return null;
    const immutable = decoded.startsWith('/assets/');
    return {
      body: await readFile(target),
      contentType: TYPES[ext] ?? 'application/octet-stream',
      cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      status: 200,
    };
  }
  const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => null);
  if (index === null)
    return { body: NOT_BUILT, contentType: TYPES['.html']!, cacheControl: 'no-store', status: 503 };
  return { body: index, contentType: TYPES['.html']!, cacheControl: 'no-cache', status: 200 };
}

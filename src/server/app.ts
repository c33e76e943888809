/** The HTTP app: JSON API over a Ledger plus the built web app, with validation, auth and one error mapping. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ZodError, z } from 'zod';
import { InputError } from '../core/errors.js';
import type { Ledger } from '../ledger/ledger.js';
import type { ApiRoute, RawAnswer, ServerInfo } from './api-route.js';
import { type CachedAnswer, acceptsGzip } from './cached-answer.js';
import { type ErrorBody, mapError } from './error-mapping.js';
import { openApiDocument } from './openapi.js';
import { apiRoutes } from './routes.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { DEFAULT_WEB_DIR, staticFile } from './static-files.js';
import { ViewCache } from './view-cache.js';
import { crossOrigin, presentedToken, tokenMatches } from './write-guard.js';

/** Request bodies above this many bytes get 413 (an article pasted as JSON fits well within it). */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  readonly ledger: Ledger;
  /** When set, every write must carry it (`Authorization: Bearer …`). */
  readonly token?: string | null;
  /** The built web app; null serves the API only. Default: web-dist/ of the package. */
  readonly webDir?: string | null;
  readonly version?: string;
  readonly maxBodyBytes?: number;
  /** Accepted Host headers ("127.0.0.1:4317"); requests naming another host get 400 (DNS rebinding). Null accepts any. */
  readonly allowedHosts?: readonly string[] | null;
  /** Where internal errors are logged (with their stack); default stderr. */
  readonly log?: (message: string) => void;
  /** Who review actions through the API are recorded as (default "web"), whoever opened the ledger. */
  readonly actor?: string;
}

/** JSON with bigints as numbers (safe range) or strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint')
      return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : v.toString();
    if (v instanceof Map) return Object.fromEntries(v);
    if (v instanceof Set) return [...v];
    return v;
  });
}

const JSON_TYPE = 'application/json; charset=utf-8';

function errorResponse(status: number, body: ErrorBody): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
  });
}

function zodToInput(error: ZodError, where: string): InputError {
  const issues = error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  const first = issues[0];
  const what = first?.path ? `${where} "${first.path}"` : where;
  return new InputError(
    `${what}: ${first?.message ?? 'invalid'}${issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : ''}`,
    { where, issues },
  );
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw zodToInput(r.error, where);
  return r.data;
}

/** Query parameters as one string each (repeated parameters joined with commas), keys sorted for cache keys. */
function queryOf(url: URL): { values: Record<string, string>; key: string } {
  const values: Record<string, string> = {};
  for (const name of [...new Set(url.searchParams.keys())].sort())
    values[name] = url.searchParams.getAll(name).join(',');
  return { values, key: new URLSearchParams(values).toString() };
}

/** A cached answer: 304 when the client has it, gzipped when accepted. */
function send(c: Context, a: CachedAnswer): Response {
  const headers: Record<string, string> = {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-cache',
    ETag: a.etag,
    Vary: 'Accept-Encoding',
  };
  if (c.req.header('if-none-match') === a.etag) return c.body(null, 304, headers);
  if (a.gzip && acceptsGzip(c.req.header('accept-encoding'))) {
    return c.body(a.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'Content-Encoding': 'gzip',
    });
  }
  return c.body(a.body as Uint8Array<ArrayBuffer>, 200, headers);
}

async function readBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError('the request body is not valid JSON', { where: 'body' });
  }
}

function isRaw(v: unknown): v is RawAnswer {
  return typeof v === 'object' && v !== null && 'raw' in v && 'contentType' in v;
}

/**
 * Build the app for a ledger. Tests call `app.request()` on it directly; `startServer` puts it on a socket.
 * @example const app = createApp({ ledger }); const res = await app.request('/api/deals');
 */
export function createApp(options: AppOptions): Hono {
  const { ledger } = options;
  const token = options.token ?? null;
  const webDir = options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const info: ServerInfo = { version: options.version ?? '0.0.0', writesNeedToken: token !== null };
  const allowedHosts = options.allowedHosts
    ? new Set(options.allowedHosts.map((h) => h.toLowerCase()))
    : null;
  const cache = new ViewCache(ledger);
  const actor = options.actor ?? 'web';
  const routes: readonly ApiRoute[] = apiRoutes;
  let openapi: string | null = null;

  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  app.use('*', async (c, next) => {
    if (allowedHosts && !allowedHosts.has((c.req.header('host') ?? '').toLowerCase())) {
      return errorResponse(400, {
        error: {
          code: 'invalid_input',
          message: `host "${c.req.header('host') ?? ''}" is not served here; open the address roundtrip printed at start`,
        },
      });
    }
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    if (crossOrigin(c.req.header('origin'), c.req.header('host'))) {
      return errorResponse(403, {
        error: { code: 'forbidden', message: 'writes from pages of another site are refused' },
      });
    }
    if (token !== null && !tokenMatches(presentedToken({ get: (n) => c.req.header(n) }), token)) {
      return errorResponse(401, {
        error: {
          code: 'unauthorized',
          message:
            'this server needs its token for changes: send "Authorization: Bearer <token>" (the token roundtrip serve printed at start)',
        },
      });
    }
    const type = c.req.header('content-type') ?? '';
    const length = c.req.header('content-length');
    const hasBody = c.req.raw.body !== null && length !== '0';
    if (hasBody && !/^application\/json\b/i.test(type)) {
      return errorResponse(415, {
        error: {
          code: 'unsupported',
          message: `send the body as JSON (Content-Type: application/json), not "${type || 'no content type'}"`,
        },
      });
    }
    return next();
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: () =>
        errorResponse(413, {
          error: {
            code: 'payload_too_large',
            message: `the request body is larger than ${Math.round((options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) / 1024)} KiB; send a shorter article`,
          },
        }),
    }),
  );

  app.get('/api/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument(routes, info));
    return c.body(openapi, 200, { 'Content-Type': JSON_TYPE });
  });

  for (const route of routes) {
    app.on(route.method.toUpperCase(), `/api${route.path}`, async (c) => {
      const url = new URL(c.req.url);
      const q = queryOf(url);
      const cacheKey = `${url.pathname}?${q.key}`;
      // NOTE: only valid queries are cached, so a hit needs no validation: answer straight away.
      const hit = route.method === 'get' && route.cacheable ? cache.ready(cacheKey) : undefined;
      if (hit) return send(c, await hit);
      const params = parse(route.params, c.req.param(), 'path parameter');
      const query = parse(route.query, q.values, 'query parameter');
      const body = route.body ? parse(route.body, await readBody(c), 'body') : undefined;
      const ctx = { ledger, cache, params, query, body, info, actor };
      if (route.method === 'get' && route.cacheable) {
        return send(c, await cache.answer(cacheKey, async () => toJson(await route.handler(ctx))));
      }
      const result = await route.handler(ctx);
      if (route.method !== 'get') cache.clear();
      if (isRaw(result)) {
        const headers: Record<string, string> = {
          'Content-Type': result.contentType,
          'Cache-Control': 'no-store',
        };
        if (result.filename)
          headers['Content-Disposition'] =
            `attachment; filename="${result.filename.replace(/[^\w.-]/g, '_')}"`;
        return c.body(
          typeof result.raw === 'string' ? result.raw : (result.raw as Uint8Array<ArrayBuffer>),
          200,
          headers,
        );
      }
      return c.body(toJson(result), 200, {
        'Content-Type': JSON_TYPE,
        'Cache-Control': 'no-store',
      });
    });
  }

  app.all('/api/*', (c) =>
    errorResponse(404, {
      error: {
        code: 'not_found',
        message: `no API route ${c.req.method} ${new URL(c.req.url).pathname}; the list is at /api/openapi.json`,
      },
    }),
  );

  app.get('*', async (c) => {
    if (webDir === null)
      return errorResponse(404, {
        error: { code: 'not_found', message: 'this server has no web app; the API is under /api' },
      });
    const file = await staticFile(webDir, new URL(c.req.url).pathname);
    if (!file) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    return c.body(
      typeof file.body === 'string' ? file.body : (file.body as Uint8Array<ArrayBuffer>),
      file.status as 200,
      {
        'Content-Type': file.contentType,
        'Cache-Control': file.cacheControl,
      },
    );
  });

  app.onError((error) => {
    const mapped = mapError(error);
    if (mapped.internal !== null) {
      const e = mapped.internal;
      log(
        `roundtrip serve: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
    return errorResponse(mapped.status, mapped.body);
  });

  return app;
}

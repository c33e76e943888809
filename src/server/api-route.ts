/** One API operation as data: method, path, schemas and handler; the app and the OpenAPI document both read it. */
import type { z } from 'zod';
import type { Ledger } from '../ledger/ledger.js';
import type { ViewCache } from './view-cache.js';

/** What a handler gets: the ledger, the caches, and its validated inputs. */
export interface RouteContext<P, Q, B> {
  readonly ledger: Ledger;
  readonly cache: ViewCache;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** About the running server (version, whether writes need a token). */
  readonly info: ServerInfo;
  /** Who writes through this server, as recorded in the review history ("web"). */
  readonly actor: string;
}

export interface ServerInfo {
  readonly version: string;
  /** True when writes must carry the token (the server binds beyond loopback, or --token was given). */
  readonly writesNeedToken: boolean;
}

/** A file or other non-JSON answer. */
export interface RawAnswer {
  readonly raw: Uint8Array | string;
  readonly contentType: string;
  readonly filename?: string;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface ApiRoute<P = unknown, Q = unknown, B = unknown> {
  readonly method: HttpMethod;
  /** Hono path syntax under /api: "/deals/:id". */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** Media types besides JSON this route can answer with (exports). */
  readonly produces?: readonly string[];
  /** JSON answers are cached per query until the next write (reads whose answer depends only on the ledger). */
  readonly cacheable?: boolean;
  readonly handler: (ctx: RouteContext<P, Q, B>) => Promise<unknown>;
}

/**
 * Type a route's handler from its schemas (so it sees parsed params, query and body), then erase
 * the types so routes of every shape fit in one list; the app validates inputs with the same schemas.
 */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  route: ApiRoute<P, Q, B>,
): ApiRoute {
  return route as unknown as ApiRoute;
}

/** Writes are POST, PUT and DELETE: they need the token when one is set. */
export function isWrite(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'DELETE' || method === 'PATCH';
}

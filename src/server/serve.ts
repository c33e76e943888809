/** Put the app on a socket: bind, pick the token rule from the host, and report the URL to open. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ConflictError, InputError } from '../core/errors.js';
import type { Ledger } from '../ledger/ledger.js';
import { createApp } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve-defaults.js';
import { generateToken, isLoopbackHost } from './write-guard.js';

export { DEFAULT_HOST, DEFAULT_PORT };

export interface ServeOptions {
  readonly ledger: Ledger;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /**
   * The write token. On loopback, writes need one only if given; beyond loopback a token is
   * always required and generated when not given.
   */
  readonly token?: string | null;
  readonly webDir?: string | null;
  readonly version?: string;
  readonly log?: (message: string) => void;
}

export interface RunningServer {
  /** The address to open, with the token in the fragment when writes need one (the web app picks it up). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly token: string | null;
  close(): Promise<void>;
}

/** Socket errors a user can fix, as errors with codes. */
function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EADDRINUSE')
    return new ConflictError(
      `port ${port} on ${host} is already in use; stop the other server or pass --port 0 for a free one`,
      { host, port },
    );
  if (e.code === 'EACCES')
    return new InputError(`not allowed to listen on ${host}:${port}; pick a port above 1024`, {
      host,
      port,
    });
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
    return new InputError(`cannot listen on "${host}": this machine has no such address`, { host });
  return e;
}

/** The map's first requests, asked in the background so the first visitor finds them ready. */
const WARM_PATHS = [
  '/api/meta',
  '/api/graph?policy=stated&rollup=true&statuses=announced%2Csigned%2Ccompleted%2Camended&view=money',
  '/api/loops?limit=200&policy=stated&rollup=true&statuses=announced%2Csigned%2Ccompleted%2Camended&view=money',
  '/api/metrics?policy=stated&rollup=true&statuses=announced%2Csigned%2Ccompleted%2Camended&view=money',
];

function warmUp(
  app: { request: (url: string) => Response | Promise<Response> },
  port: number,
): void {
  void (async () => {
    for (const path of WARM_PATHS)
      await Promise.resolve(app.request(`http://127.0.0.1:${port}${path}`)).catch(() => undefined);
  })();
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * Start serving. Resolves once the socket listens.
 * @example const s = await startServer({ ledger, port: 0 }); console.log(s.url); await s.close();
 */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const loopback = isLoopbackHost(host);
  const token = opts.token ?? (loopback ? null : generateToken());
  // NOTE: on loopback the Host header must name this machine, so a web page on another site cannot
  // reach the API through a DNS name rebound to 127.0.0.1.
  const hostsFor = (p: number) =>
    ['127.0.0.1', 'localhost', '[::1]', urlHost(host)].map((h) => `${h}:${p}`);
  // NOTE: the app is built once the port is known (port 0 picks one), so its Host check names it.
  let fetch: ((req: Request) => Response | Promise<Response>) | null = null;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: (req) => (fetch ? fetch(req) : new Response('starting', { status: 503 })),
        hostname: host,
        port: opts.port ?? DEFAULT_PORT,
      },
      () => resolve(s),
    );
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(listenError(e, host, opts.port ?? DEFAULT_PORT)),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const app = createApp({
    ledger: opts.ledger,
    token,
    ...(opts.webDir !== undefined ? { webDir: opts.webDir } : {}),
    ...(opts.version ? { version: opts.version } : {}),
    ...(opts.log ? { log: opts.log } : {}),
    allowedHosts: loopback ? hostsFor(port) : null,
  });
  fetch = (req) => app.fetch(req);
  warmUp(app, port);
  const base = `http://${urlHost(host === '0.0.0.0' || host === '::' ? 'localhost' : host)}:${port}/`;
  return {
    url: token ? `${base}#token=${encodeURIComponent(token)}` : base,
    host,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const s = server as unknown as {
          close(cb: (e?: Error) => void): void;
          closeAllConnections?: () => void;
        };
        s.close((e) => (e ? reject(e) : resolve()));
        s.closeAllConnections?.();
      }),
  };
}

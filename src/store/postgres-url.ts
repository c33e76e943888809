/** PostgreSQL connection URLs: recognise them, check them, and name their server without the password. */
import { StoreError } from '../core/errors.js';

/** Where a URL points, for messages: never the password. */
export interface PostgresTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string | null;
  readonly database: string | null;
  /** `host:port` (or the socket directory and port), the address to check first. */
  readonly address: string;
  /** `user@host:port/database`, what a person recognises in messages. */
  readonly label: string;
}

const SCHEME = /^postgres(?:ql)?:\/\//i;
const DEFAULT_PORT = 5432;

/** True for `postgres://` and `postgresql://` URLs (any letter case). */
export function isPostgresUrl(location: string): boolean {
  return SCHEME.test(location.trim());
}

function badUrl(problem: string): StoreError {
  // NOTE: the URL itself is never echoed: it may hold a password, and when it is malformed we
  // cannot tell reliably which part is the password.
  return new StoreError(
    `store: the PostgreSQL URL is malformed (${problem}); write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE, percent-encoding any of : / @ ? # % in the user name or password`,
    { reason: 'bad_url', problem },
  );
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw badUrl(`the ${what} has a % that does not start a valid percent-encoding`);
  }
}

/**
 * Check a PostgreSQL URL the way `pg` reads it (query parameters `host`, `port`, `user` win over
 * the authority; `postgres://user@/db?host=/run/postgresql` names a socket directory) and say
 * where it points.
 * @throws StoreError with `details.reason === 'bad_url'` when it cannot be read.
 * @example parsePostgresUrl('postgres://ana:pw@db.example:5433/ledger').label // 'ana@db.example:5433/ledger'
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  const text = url.trim();
  if (!SCHEME.test(text)) throw badUrl('it does not start with postgres:// or postgresql://');
  const afterScheme = text.replace(SCHEME, '');
  // NOTE: an unencoded / ? or # in a password would make a URL parser read the rest of the
  // password as the path or query, and the password would then show up as a database name.
  if (/[/?#]/.test(afterScheme.slice(0, Math.max(0, afterScheme.lastIndexOf('@'))))) {
    throw badUrl('a / ? or # comes before the @ that ends the user name and password');
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    try {
      // NOTE: like pg, accept an empty host after the user ("user@/db?host=/socket/dir").
      parsed = new URL(text.replace('@/', '@localhost/'));
    } catch {
      throw badUrl(
        'it is not a valid URL: check the port number and percent-encode special characters',
      );
    }
  }
  decode(parsed.password, 'password');
  const query = parsed.searchParams;
  const hostname = decode(parsed.hostname.replace(/^\[(.+)\]$/, '$1'), 'host');
  const host = query.get('host') || hostname || 'localhost';
  const portText = query.get('port') || parsed.port || String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw badUrl(`port "${portText}" is not a number from 1 to 65535`);
  }
  const user = query.get('user') || decode(parsed.username, 'user name') || null;
  const database = decode(parsed.pathname.replace(/^\//, ''), 'database name') || null;
  const address =
    host.includes(':') && !host.startsWith('/') ? `[${host}]:${port}` : `${host}:${port}`;
  return {
    host,
    port,
    user,
    database,
    address,
    label: `${user ? `${user}@` : ''}${address}/${database ?? ''}`,
  };
}

/**
 * A location safe to print: a PostgreSQL URL rebuilt from its parts with the password shown as
 * `***` and the query left out (it may carry `password=`); a file path unchanged.
 * @example redactLocation('postgres://ana:s3cret@db/ledger') // 'postgres://ana:***@db:5432/ledger'
 */
export function redactLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const scheme = SCHEME.exec(location.trim())?.[0].toLowerCase() ?? 'postgres://';
  let target: PostgresTarget;
  try {
    target = parsePostgresUrl(location);
  } catch {
    return `${scheme}(malformed URL, not shown)`;
  }
  const hasPassword = /^[^@]*:[^@]*@/.test(location.trim().slice(scheme.length));
  const user = target.user === null ? '' : `${target.user}${hasPassword ? ':***' : ''}@`;
  const host = target.host.startsWith('/') ? `/${target.database ?? ''}?host=${target.host}` : '';
  return host
    ? `${scheme}${user}${host}&port=${target.port}`
    : `${scheme}${user}${target.address}/${target.database ?? ''}`;
}

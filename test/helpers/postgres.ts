/**
 * A throwaway PostgreSQL server for integration tests: initdb into a temp dir, listen on
 * 127.0.0.1 at a free port, hand out databases and schemas, stop and delete everything afterwards.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** A running server; every URL it hands out uses a password login over TCP on loopback. */
export interface PostgresServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The login role tests connect as: not a superuser, owner of the databases it is given. */
  readonly user: string;
  readonly password: string;
  /** Create a database owned by `user` (linguistic ICU collation when the server has ICU); its URL. */
  createDatabase(name: string): Promise<string>;
  /** A new, empty schema in `database` owned by `user`, and a URL whose search_path is it. */
  createSchema(database: string): Promise<{ url: string; schema: string }>;
  /** Run SQL as the superuser in `database`; the rows. */
  admin<T = Record<string, unknown>>(
    database: string,
    text: string,
    params?: unknown[],
  ): Promise<T[]>;
  /** Stop the server and delete its files. Idempotent. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'install the PostgreSQL server: apt-get update && apt-get install -y postgresql ' +
  '(or set ROUNDTRIP_PG_BIN to the directory holding initdb and pg_ctl)';

/** The directory holding initdb and pg_ctl: $ROUNDTRIP_PG_BIN, the newest Debian one, or $PATH. */
function findBinDir(): string {
  const usable = (dir: string) =>
    existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const fromEnv = process.env.ROUNDTRIP_PG_BIN;
  if (fromEnv) {
    if (usable(fromEnv)) return fromEnv;
    throw new Error(
      `postgres test server: ROUNDTRIP_PG_BIN="${fromEnv}" has no initdb and pg_ctl; ${INSTALL_HINT}`,
    );
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (usable(join(debian, v, 'bin'))) return join(debian, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && usable(dir)) return dir;
  throw new Error(
    `postgres test server: no initdb and pg_ctl found (looked in ${debian}/*/bin and $PATH); ${INSTALL_HINT}`,
  );
}

/** As root, the account the server runs as (initdb refuses root), created when missing. */
function serverAccount(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const name = 'postgres';
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  }
  return { name, uid: id('-u'), gid: id('-g') };
}

function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${command} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Kill the server and delete its files if this process dies without calling stop() (a crashed or
 * killed test worker): a detached shell polls our pid.
 */
function startWatchdog(dir: string, stopCommand: readonly string[]): number | undefined {
  const script = [
    'pid=$1; dir=$2; shift 2',
    'while kill -0 "$pid" 2>/dev/null; do sleep 1; done',
    '"$@" >/dev/null 2>&1',
    'rm -rf "$dir"',
  ].join('\n');
  const child = spawn('sh', ['-c', script, 'watchdog', String(process.pid), dir, ...stopCommand], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return child.pid;
}

/**
 * Start a server from the installed PostgreSQL binaries. Fails (never skips) with an install hint
 * when they are missing.
 * @example const server = await startPostgres(); const url = await server.createDatabase('t1');
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinDir();
  const account = serverAccount();
  const dir = mkdtempSync(join(tmpdir(), 'roundtrip-pg-'));
  const data = join(dir, 'data');
  const as = (tool: string, args: readonly string[]) =>
    account
      ? run('runuser', ['-u', account.name, '--', join(bin, tool), ...args], dir)
      : run(join(bin, tool), args, dir);
  const stopArgs = ['-D', data, '-m', 'immediate', 'stop'];
  const stopCommand = account
    ? ['runuser', '-u', account.name, '--', join(bin, 'pg_ctl'), ...stopArgs]
    : [join(bin, 'pg_ctl'), ...stopArgs];
  let watchdog: number | undefined;
  const user = 'roundtrip_test';
  const password = randomBytes(12).toString('hex');
  const admins = new Map<string, pg.Client>();
  let port = 0;
  let stopped = false;

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all([...admins.values()].map((c) => c.end().catch(() => undefined)));
    if (watchdog !== undefined) {
      try {
        process.kill(-watchdog, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (existsSync(join(data, 'postmaster.pid'))) {
      await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() =>
        as('pg_ctl', stopArgs).catch(() => undefined),
      );
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const pwfile = join(dir, 'superuser-password');
    writeFileSync(pwfile, `${randomBytes(12).toString('hex')}\n`, { mode: 0o600 });
    if (account) {
      chownSync(dir, account.uid, account.gid);
      chownSync(pwfile, account.uid, account.gid);
    }
    // NOTE: -N skips fsync; the cluster lives only as long as the test file.
    await as('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-locale',
      '-N',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      `--pwfile=${pwfile}`,
    ]);
    watchdog = startWatchdog(dir, stopCommand);
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = [
        '-c listen_addresses=127.0.0.1',
        `-c port=${port}`,
        `-c unix_socket_directories=${dir}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        await as('pg_ctl', [
          '-D',
          data,
          '-l',
          join(dir, 'server.log'),
          '-w',
          '-t',
          '60',
          '-o',
          options,
          'start',
        ]);
        break;
      } catch (error) {
        const log = existsSync(join(dir, 'server.log'))
          ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000)
          : '';
        // NOTE: another test file may have taken the port between freePort() and the bind.
        if (attempt < 3 && /could not bind|already in use/i.test(log)) continue;
        throw new Error(`postgres test server did not start: ${(error as Error).message}\n${log}`, {
          cause: error,
        });
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const admin = async <T>(database: string, text: string, params: unknown[] = []): Promise<T[]> => {
    let client = admins.get(database);
    if (!client) {
      client = new pg.Client({ host: dir, port, user: 'postgres', database });
      client.on('error', () => undefined);
      await client.connect();
      admins.set(database, client);
    }
    return (await client.query(text, params)).rows as T[];
  };
  const urlFor = (database: string) =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
  let schemas = 0;

  try {
    await admin('postgres', `create role ${user} login password '${password}'`);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    admin,
    stop,
    async createDatabase(name) {
      if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`bad test database name "${name}"`);
      try {
        // NOTE: a linguistic collation, as most servers have by default, so tests catch code
        // that relies on byte-wise string order without asking for it.
        await admin(
          'postgres',
          `create database ${name} owner ${user} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US'`,
        );
      } catch {
        await admin(
          'postgres',
          `create database ${name} owner ${user} template template0 encoding 'UTF8'`,
        );
      }
      return urlFor(name);
    },
    async createSchema(database) {
      const schema = `s${++schemas}`;
      await admin(database, `create schema ${schema} authorization ${user}`);
      const options = encodeURIComponent(`-c search_path=${schema}`);
      return { url: `${urlFor(database)}?options=${options}`, schema };
    },
  };
}

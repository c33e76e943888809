/** Where the ledger lives when no --db is given: $ROUNDTRIP_DB, else the platform's data directory. */
import { posix, win32 } from 'node:path';
import { StoreError } from '../core/errors.js';

const FILE = 'roundtrip.sqlite';

/**
 * The default database path, from an environment the caller passes in (the CLI passes
 * `process.env`; nothing here reads it). Linux and other Unixes follow XDG
 * (`$XDG_DATA_HOME/roundtrip`, else `~/.local/share/roundtrip`), macOS uses
 * `~/Library/Application Support/roundtrip`, Windows `%APPDATA%\roundtrip`.
 * @example defaultDbPath({ HOME: '/home/ana' }, 'linux') // '/home/ana/.local/share/roundtrip/roundtrip.sqlite'
 */
export function defaultDbPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: string = process.platform,
): string {
  const get = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const explicit = get('ROUNDTRIP_DB');
  if (explicit !== undefined) return explicit;

  if (platform === 'win32') {
    const appData =
      get('APPDATA') ??
      (get('USERPROFILE') !== undefined
        ? win32.join(get('USERPROFILE') as string, 'AppData', 'Roaming')
        : undefined);
    if (appData === undefined) throw noHome('APPDATA');
    return win32.join(appData, 'roundtrip', FILE);
  }
  const home = get('HOME');
  if (platform === 'darwin') {
    if (home === undefined) throw noHome('HOME');
    return posix.join(home, 'Library', 'Application Support', 'roundtrip', FILE);
  }
  // NOTE: the XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
  const xdg = get('XDG_DATA_HOME');
  if (xdg !== undefined && posix.isAbsolute(xdg)) return posix.join(xdg, 'roundtrip', FILE);
  if (home === undefined) throw noHome('HOME');
  return posix.join(home, '.local', 'share', 'roundtrip', FILE);
}

function noHome(variable: string): StoreError {
  return new StoreError(
    `store: cannot find a data directory ($${variable} is not set); set ROUNDTRIP_DB or pass --db PATH`,
    {
      reason: 'no_home',
      variable,
    },
  );
}

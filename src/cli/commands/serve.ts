/** `roundtrip serve`: the map and the JSON API on http://127.0.0.1:4317 until Ctrl+C. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/serve-defaults.js';
import { withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

/** The package version (package.json sits three levels up from src/cli/commands and dist/cli/commands). */
function packageVersion(): string {
  try {
    return (
      (
        JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
          version?: string;
        }
      ).version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InputError(
      `--port "${value}" is not a port; give a number from 1 to 65535 (0 picks a free one)`,
      { option: 'port', value },
    );
  return port;
}

/** Resolves on Ctrl+C or a termination signal. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

export const registerServe: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('serve', { isDefault: true })
    .description('serve the map and the JSON API (open the address it prints)')
    .option(
      '--host <host>',
      'address to listen on; beyond 127.0.0.1 every change needs the token',
      DEFAULT_HOST,
    )
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option(
      '--token <token>',
      'require this token for changes (beyond loopback one is generated when not given)',
    )
    .option('--json', 'print the address as one JSON line (for scripts)')
    .action(
      async (
        opts: { host: string; port: string; token?: string; json?: boolean },
        cmd: Command,
      ) => {
        const port = parsePort(opts.port);
        if (opts.token !== undefined && opts.token.length < 8) {
          throw new InputError('--token must be at least 8 characters', { option: 'token' });
        }
        // NOTE: the web server and its routes load only for this command, not on every CLI start.
        const { startServer } = await import('../../server/serve.js');
        await withLedger(io, cmd.optsWithGlobals(), async (ledger) => {
          const server = await startServer({
            ledger,
            host: opts.host,
            port,
            token: opts.token ?? null,
            version: packageVersion(),
          });
          if (opts.json) {
            printJson(io, {
              url: server.url,
              host: server.host,
              port: server.port,
              token: server.token,
            });
          } else {
            println(io, `roundtrip: the map is at ${server.url}`);
            if (server.token)
              println(
                io,
                `  changes need the token ${server.token} (the address above carries it)`,
              );
            println(io, '  API: /api/openapi.json   Stop: Ctrl+C');
          }
          await untilStopped();
          await server.close();
        });
      },
    );
};

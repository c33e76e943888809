/** The `roundtrip` command line: parses arguments, runs one command, maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { isRoundtripError } from '../core/errors.js';
import { commands } from './commands/index.js';
import { EXIT_CODES, exitCodeFor } from './exit-codes.js';
import { type CliIo, processIo } from './io.js';

export const VERSION = '0.1.0';

const EXIT_HELP = `
Exit codes:
  0 ok   2 bad arguments or input   3 not found   4 invalid data file   5 conflict
  6 database unusable   7 document unreadable or network   8 unsupported   9 unauthorized
  70 internal error (a bug: please report it with the command you ran)

Environment:
  ROUNDTRIP_DB   database file (default: $XDG_DATA_HOME/roundtrip/roundtrip.sqlite)
`;

/** Build the program with every command registered; exported for the help-text tests. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('roundtrip')
    .description('Follow money between companies as the news reports it, and find where it comes back.')
    .version(VERSION)
    .option('--db <path>', 'database: a SQLite file, or a postgres:// URL for a shared ledger (default: ROUNDTRIP_DB or the user data directory)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const register of commands) register(program, io);
  return program;
}

/**
 * Run the CLI with `argv` (without node and script) and return the exit code.
 * @example await run(['deals', '--json'], processIo())
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version displays arrive as errors with exit code 0.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (isRoundtripError(error)) {
      io.stderr.write(`roundtrip: ${error.message}\n`);
      return exitCodeFor(error);
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`roundtrip: internal error (a bug, please report it):\n${message}\n`);
    return EXIT_CODES.internal;
  }
}

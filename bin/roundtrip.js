#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('roundtrip: the program is not built yet. Run `npm ci` or `npm run build` in the project folder.\n');
  process.exit(70);
}
// A closed pipe (`roundtrip deals | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));

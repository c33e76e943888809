/** `roundtrip export`: the ledger out to other tools (dataset JSON, CSV tables, Gephi, GraphML, DOT, FollowTheMoney, Neo4j). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../render/export-format-names.js';
import { withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import { addViewOptions, type ViewFlags, viewOptionsFrom } from '../view-options.js';
import type { RegisterCommand } from './index.js';

const BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { json: 'json', gexf: 'gexf', graphml: 'graphml', dot: 'dot', gv: 'dot', ftm: 'ftm', jsonl: 'ftm', cypher: 'cypher', cql: 'cypher' };

export const registerExport: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('export')
    .description(`write the ledger for other tools: ${EXPORT_FORMATS.join(', ')}`)
    .argument('[out]', 'output file (or folder for csv); same as --out')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')} (default: from the file extension, else json)`)
    .option('--out <path>', 'output file, or a folder for csv')
    .option('--json', 'print what was written as JSON');
  addViewOptions(cmd).action(async (outArg: string | undefined, opts: ViewFlags & { format?: string; out?: string; json?: boolean }, c: Command) => {
    const out = opts.out ?? outArg;
    if (!out) throw new InputError('export: say where to write: `roundtrip export FILE` or --out PATH', { option: 'out' });
    const format = (opts.format ?? BY_EXTENSION[extname(out).slice(1).toLowerCase()] ?? 'json') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new InputError(`--format "${opts.format}" must be one of ${EXPORT_FORMATS.join(', ')}`, { option: 'format' });
    // NOTE: filters narrow the export only when asked for; a plain export keeps every deal, rumours included.
    const filtered = [opts.status, opts.type, opts.windowFrom, opts.windowTo].some((v) => v !== undefined) || c.getOptionValueSource('view') === 'cli';
    const options = viewOptionsFrom(opts);
    await withLedger(io, c.optsWithGlobals(), async (ledger) => {
      const bundle = await ledger.bundle({ ...(options.asOf ? { asOf: options.asOf } : {}), includeUnreviewed: opts.includeUnreviewed ?? false });
      const { view } = await ledger.graph(options, { includeUnreviewed: opts.includeUnreviewed ?? false });
      // NOTE: the writers of every format load only when something is exported.
      const [{ bundleForView }, { exportBundle }] = await Promise.all([
        import('../../render/export-bundle.js'),
        import('../../render/export-format.js'),
      ]);
      const chosen = filtered ? bundleForView(bundle, view) : bundle;
      const result = exportBundle(chosen, format, filtered ? { view } : {});
      const written: string[] = [];
      if (result.kind === 'file') {
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, result.content);
        written.push(out);
      } else {
        await mkdir(out, { recursive: true });
        for (const [name, content] of Object.entries(result.files)) {
          await writeFile(join(out, name), content);
          written.push(join(out, name));
        }
      }
      if (opts.json) printJson(io, { format, deals: chosen.deals.length, written });
      else println(io, `Wrote ${chosen.deals.length} deals as ${format}: ${written.join(', ')}`);
    });
  });
};

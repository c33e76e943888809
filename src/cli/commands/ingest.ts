/** `roundtrip ingest PATH|URL...`: read, extract and store many documents with a progress bar. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ExtractError } from '../../core/errors.js';
import { claimToJson } from '../../core/json-view.js';
import type { IngestItem } from '../../ingest/ingest-pipeline.js';
import type { SourceCount } from '../../ingest/read-source.js';
import { withLedger } from '../context.js';
import { addExtractorOptions, type ExtractorFlags, extractorFrom } from '../extractor-options.js';
import { type CliIo, jsonReplacer, println } from '../io.js';
import { renderTable } from '../table.js';
import type { RegisterCommand } from './index.js';

/** What the closing table keeps of one document: a few short strings, never its text or claims. */
interface ItemRow {
  readonly input: string;
  readonly result: string;
  readonly claims: string;
  readonly detail: string;
}

function itemRow(item: IngestItem): ItemRow {
  switch (item.kind) {
    case 'stored': {
      const count = (outcome: string) => item.decisions.filter((d) => d.outcome === outcome).length;
      return {
        input: item.input,
        result: 'stored',
        claims: String(item.claims.length),
        detail: `${count('new_deal')} new deals, ${count('joined')} joined, ${count('unsure')} unsure`,
      };
    }
    case 'duplicate':
      return { input: item.input, result: 'already stored', claims: '', detail: item.document.id };
    case 'skipped':
      return { input: item.input, result: 'skipped', claims: '', detail: item.reason };
    case 'error':
      return { input: item.input, result: 'error', claims: '', detail: item.error.message };
  }
}

/** One document's result as `--json` prints it. */
export function itemToJson(item: IngestItem) {
  switch (item.kind) {
    case 'stored':
      return {
        input: item.input,
        result: 'stored',
        documentId: item.document.id,
        claims: item.claims.map(claimToJson),
        figures: item.figures.length,
        decisions: item.decisions,
        warnings: item.warnings,
      };
    case 'duplicate':
      return { input: item.input, result: 'duplicate', documentId: item.document.id };
    case 'skipped':
      return { input: item.input, result: 'skipped', reason: item.reason };
    case 'error':
      return {
        input: item.input,
        result: 'error',
        error: { code: item.error.code, message: item.error.message },
      };
  }
}

/**
 * `{ "results": [...] }` written one result at a time, byte for byte what printing the whole
 * object with two-space indentation would give, so a long ingest keeps no results in memory.
 */
class JsonResults {
  readonly #io: CliIo;
  #count = 0;

  constructor(io: CliIo) {
    this.#io = io;
  }

  async write(item: IngestItem): Promise<void> {
    const body = JSON.stringify(itemToJson(item), jsonReplacer, 2).replace(/^/gm, '    ');
    const ok = this.#io.stdout.write(`${this.#count++ === 0 ? '{\n  "results": [\n' : ',\n'}${body}`);
    const out = this.#io.stdout as Partial<NodeJS.WritableStream>;
    // NOTE: a slow reader of a pipe must not make the results pile up in the stream's buffer.
    if (ok === false && typeof out.once === 'function') await new Promise((resolve) => out.once!('drain', resolve));
  }

  close(): void {
    this.#io.stdout.write(this.#count === 0 ? '{\n  "results": []\n}\n' : '\n  ]\n}\n');
  }
}

/** "42s", "3m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Time left, from the average rate so far: `null` when the total is unknown (URLs and feeds
 * still to come and the counted documents all done); "~" marks an estimate over a partial count.
 */
export function estimateLeft(done: number, count: SourceCount, perSecond: number): string | null {
  if (done >= count.documents) return count.exact ? formatDuration(0) : null;
  if (!(perSecond > 0)) return null;
  return `${count.exact ? '' : '~'}${formatDuration((count.documents - done) / perSecond)}`;
}

/** Running totals for the progress display and the closing line. */
interface Tally {
  documents: number;
  stored: number;
  duplicates: number;
  skipped: number;
  errors: number;
  claims: number;
}

export const registerIngest: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('ingest')
    .description(
      'read articles (files, folders, URLs, RSS/Atom feeds), extract their claims and store them for review',
    )
    .argument('<inputs...>', 'files, folders, http(s) URLs or feeds')
    .option('--trusted', 'accept extracted claims without review (they show on the map at once)')
    .option('--no-fetch-links', 'for feeds: do not fetch items whose text is only a link')
    .option('--json', 'print one result per document as JSON');
  addExtractorOptions(cmd).action(
    async (
      inputs: string[],
      opts: ExtractorFlags & { trusted?: boolean; fetchLinks?: boolean; json?: boolean },
      c: Command,
    ) => {
      await withLedger(io, c.optsWithGlobals(), async (ledger) => {
        const extract = await extractorFrom(io, opts, await ledger.store.listEntities());
        const [{ countSources }, { ingestInputs }] = await Promise.all([
          import('../../ingest/read-source.js'),
          import('../../ledger/ingest.js'),
        ]);
        const tty = !!io.stderr.isTTY && !opts.json;
        // NOTE: files and folders are counted up front (names only) so the bar has a total and an ETA.
        const count: SourceCount = opts.json ? { documents: 0, exact: false } : await countSources(inputs);
        const bar = tty
          ? new SingleBar({
              format:
                'ingest {bar} {value}/{total} documents | {rate}/s | ETA {left} | {claims} claims | {errors} errors | {input}',
              stream: io.stderr as NodeJS.WriteStream,
              hideCursor: true,
            })
          : null;
        const json = opts.json ? new JsonResults(io) : null;
        const rows: ItemRow[] = [];
        const t: Tally = { documents: 0, stored: 0, duplicates: 0, skipped: 0, errors: 0, claims: 0 };
        const started = Date.now();
        bar?.start(Math.max(1, count.documents), 0, { rate: '0', left: '?', claims: 0, errors: 0, input: '' });
        try {
          for await (const item of ingestInputs(ledger, inputs, {
            extract,
            trusted: opts.trusted ?? false,
            read: { fetchLinks: opts.fetchLinks ?? true },
          })) {
            t.documents++;
            if (item.kind === 'stored') {
              t.stored++;
              t.claims += item.claims.length;
            } else if (item.kind === 'duplicate') t.duplicates++;
            else if (item.kind === 'skipped') t.skipped++;
            else t.errors++;
            if (json) {
              await json.write(item);
              continue;
            }
            rows.push(itemRow(item));
            const perSecond = t.documents / Math.max(0.001, (Date.now() - started) / 1000);
            const rate = perSecond.toFixed(1);
            const left = estimateLeft(t.documents, count, perSecond);
            if (bar) {
              if (t.documents > count.documents) bar.setTotal(t.documents);
              bar.update(t.documents, { rate, left: left ?? '?', claims: t.claims, errors: t.errors, input: item.input.slice(-40) });
            } else if (t.documents % 100 === 0) {
              const of = count.exact || count.documents > t.documents ? ` of ${count.exact ? '' : '~'}${count.documents}` : '';
              io.stderr.write(
                `ingest: ${t.documents}${of} documents, ${rate}/s${left ? `, ETA ${left}` : ''}, ${t.claims} claims, ${t.errors} errors\n`,
              );
            }
          }
        } finally {
          bar?.stop();
          json?.close();
        }
        if (!json) {
          println(
            io,
            renderTable(rows, [
              { header: 'Input', value: (r) => r.input, max: 48 },
              { header: 'Result', value: (r) => r.result },
              { header: 'Claims', value: (r) => r.claims, align: 'right' },
              { header: 'Detail', value: (r) => r.detail, max: 70 },
            ]),
          );
          const seconds = (Date.now() - started) / 1000;
          println(
            io,
            `\n${t.documents} documents in ${seconds.toFixed(1)} s: ${t.stored} stored, ${t.duplicates} already stored, ${t.errors} errors, ${t.skipped} skipped; ${t.claims} claims${opts.trusted ? ' accepted' : ' await review (`roundtrip review`)'}.`,
          );
        }
        if (t.errors > 0 && t.errors === t.documents) {
          throw new ExtractError(
            `ingest: none of the ${t.errors} documents could be read; see the errors above`,
            { errors: t.errors },
          );
        }
      });
    },
  );
};

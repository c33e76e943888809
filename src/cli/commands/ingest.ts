/** `roundtrip ingest PATH|URL...`: read, extract and store many documents with a progress bar. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ExtractError } from '../../core/errors.js';
import { claimToJson } from '../../core/json-view.js';
import type { IngestItem } from '../../ingest/ingest-pipeline.js';
import { ingestInputs } from '../../ledger/ingest.js';
import { withLedger } from '../context.js';
import { addExtractorOptions, type ExtractorFlags, extractorFrom } from '../extractor-options.js';
import { type CliIo, printJson, println } from '../io.js';
import { renderTable } from '../table.js';
import type { RegisterCommand } from './index.js';

function itemRow(item: IngestItem) {
  switch (item.kind) {
    case 'stored':
      return {
        input: item.input,
        result: 'stored',
        claims: String(item.claims.length),
        detail: `${item.decisions.filter((d) => d.outcome === 'new_deal').length} new deals, ${item.decisions.filter((d) => d.outcome === 'joined').length} joined, ${item.decisions.filter((d) => d.outcome === 'unsure').length} unsure`,
      };
    case 'duplicate':
      return { input: item.input, result: 'already stored', claims: '', detail: item.document.id };
    case 'skipped':
      return { input: item.input, result: 'skipped', claims: '', detail: item.reason };
    case 'error':
      return { input: item.input, result: 'error', claims: '', detail: item.error.message };
  }
}

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
        const extract = extractorFrom(io, opts, await ledger.entities());
        const tty = !!io.stderr.isTTY && !opts.json;
        const bar = tty
          ? new SingleBar({
              format:
                'ingest {bar} {value} documents | {rate}/s | {claims} claims | {errors} errors | {input}',
              stream: io.stderr as NodeJS.WriteStream,
              hideCursor: true,
              etaBuffer: 50,
            })
          : null;
        const started = Date.now();
        const items: IngestItem[] = [];
        let claims = 0;
        let errors = 0;
        bar?.start(0, 0, { rate: '0', claims: 0, errors: 0, input: '' });
        for await (const item of ingestInputs(ledger, inputs, {
          extract,
          trusted: opts.trusted ?? false,
          read: { fetchLinks: opts.fetchLinks ?? true },
        })) {
          items.push(item);
          if (item.kind === 'stored') claims += item.claims.length;
          if (item.kind === 'error') errors++;
          const rate = (items.length / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
          bar?.setTotal(items.length);
          bar?.update(items.length, { rate, claims, errors, input: item.input.slice(-40) });
          if (!tty && !opts.json && items.length % 100 === 0)
            io.stderr.write(
              `ingest: ${items.length} documents, ${rate}/s, ${claims} claims, ${errors} errors\n`,
            );
        }
        bar?.stop();
        if (opts.json) {
          printJson(io, { results: items.map(itemToJson) });
        } else {
          println(
            io,
            renderTable(items.map(itemRow), [
              { header: 'Input', value: (r) => r.input, max: 48 },
              { header: 'Result', value: (r) => r.result },
              { header: 'Claims', value: (r) => r.claims, align: 'right' },
              { header: 'Detail', value: (r) => r.detail, max: 70 },
            ]),
          );
          const stored = items.filter((i) => i.kind === 'stored').length;
          const seconds = (Date.now() - started) / 1000;
          println(
            io,
            `\n${items.length} documents in ${seconds.toFixed(1)} s: ${stored} stored, ${items.filter((i) => i.kind === 'duplicate').length} already stored, ${errors} errors, ${items.filter((i) => i.kind === 'skipped').length} skipped; ${claims} claims${opts.trusted ? ' accepted' : ' await review (`roundtrip review`)'}.`,
          );
        }
        if (errors > 0 && errors === items.length) {
          throw new ExtractError(
            `ingest: none of the ${errors} documents could be read; see the errors above`,
            { errors },
          );
        }
      });
    },
  );
};

/** `roundtrip extract FILE|URL`: claims and figures of one document as JSON, without touching the store. */
import type { Command } from 'commander';
import type { SourceDocument } from '../../core/document.js';
import { ExtractError } from '../../core/errors.js';
import { amountToJson, claimToJson } from '../../core/json-view.js';
import type { CompanyFigure } from '../../core/figure.js';
import { formatAmount } from '../../core/amount-format.js';
import { bundledEntities } from '../context.js';
import { addExtractorOptions, type ExtractorFlags, extractorFrom } from '../extractor-options.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

export function documentToJson(d: SourceDocument) {
  return {
    id: d.id,
    kind: d.kind,
    url: d.url,
    outlet: d.outlet,
    outletId: d.outletId,
    title: d.title,
    publishedAt: d.publishedAt,
    retrievedAt: d.retrievedAt,
    contentHash: d.contentHash,
    text: d.text,
  };
}

export function figureToJson(f: CompanyFigure) {
  return { ...f, amount: amountToJson(f.amount) };
}

export const registerExtract: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('extract')
    .description(
      'extract deal claims from one article (file or URL) and print them; stores nothing',
    )
    .argument('<input>', 'a text or HTML file, or an http(s) URL')
    .option('--json', 'print {document, claims, figures} as JSON');
  addExtractorOptions(cmd).action(
    async (input: string, opts: ExtractorFlags & { json?: boolean }) => {
      const entities = await bundledEntities();
      const { outletsFromEntities, readSource } = await import('../../ingest/readers.js');
      const extract = await extractorFrom(io, opts, entities);
      let first = true;
      for await (const result of readSource(input, {
        outlets: outletsFromEntities(entities),
        now: () => new Date(io.now()),
      })) {
        if (result.kind === 'error') throw result.error;
        if (result.kind === 'skipped')
          throw new ExtractError(`extract: "${input}" was skipped: ${result.reason}`, { input });
        if (!first)
          throw new ExtractError(
            `extract: "${input}" holds several documents (a feed or folder); use \`roundtrip ingest\` for those`,
            { input },
          );
        first = false;
        const doc = result.document;
        const out = await extract(doc);
        if (opts.json) {
          printJson(io, {
            document: documentToJson(doc),
            claims: out.claims.map(claimToJson),
            figures: out.figures.map(figureToJson),
            warnings: out.warnings ?? [],
          });
          continue;
        }
        println(
          io,
          `${doc.title ?? input}  (${doc.outlet ?? 'unknown outlet'}, ${doc.publishedAt ?? 'undated'})`,
        );
        println(io, `${out.claims.length} claims, ${out.figures.length} company figures\n`);
        for (const c of out.claims) {
          println(
            io,
            `  ${c.from.name} → ${c.to.name}  ${c.type}  ${formatAmount(c.amount)}  ${c.status}  (confidence ${c.confidence.toFixed(2)})`,
          );
          const e = c.evidence[0];
          if (e) println(io, `      “${e.quote.replace(/\s+/g, ' ').slice(0, 160)}”`);
        }
        for (const f of out.figures)
          println(io, `  figure: ${f.entityId} ${f.kind} ${formatAmount(f.amount)}`);
      }
      if (first) throw new ExtractError(`extract: no article found in "${input}"`, { input });
    },
  );
};

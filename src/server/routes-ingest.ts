/** Ingest route: paste an article (or give a URL) and get its extracted claims back, awaiting review. */
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { IngestItem } from '../ingest/ingest-pipeline.js';
import { claimWithSource, documentRef } from '../ledger/deal-detail-json.js';
import { rulesExtractFn } from '../ledger/extractor.js';
import { ingestText, ingestUrl } from '../ledger/ingest.js';
import type { Ledger } from '../ledger/ledger.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import { isoDate } from './query-schemas.js';

/** The largest pasted article accepted, in characters (the request body limit is a little larger). */
export const MAX_ARTICLE_CHARS = 500_000;

export const ingestBody = z
  .object({
    text: z
      .string()
      .max(MAX_ARTICLE_CHARS)
      .optional()
      .meta({ description: 'the article text, pasted' }),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .meta({ description: 'where the article is; fetched when no text is given' }),
    title: z.string().max(500).optional(),
    publishedAt: isoDate(
      'publication date; relative dates in the text resolve against it',
    ).optional(),
    outlet: z.string().max(200).optional(),
    trusted: z
      .boolean()
      .optional()
      .meta({ description: 'accept the extracted claims without review (trusted automatic mode)' }),
  })
  .strict();

/** One ingested document as JSON: what was stored, and the claims now in the review inbox. */
export function ingestItemToJson(item: IngestItem) {
  switch (item.kind) {
    case 'stored':
      return {
        kind: item.kind,
        input: item.input,
        document: documentRef(item.document),
        claims: item.claims.map((c) => claimWithSource(c, item.document)),
        figures: item.figures.length,
        decisions: item.decisions,
        warnings: item.warnings,
      };
    case 'duplicate':
      return { kind: item.kind, input: item.input, document: documentRef(item.document) };
    case 'error':
      return {
        kind: item.kind,
        input: item.input,
        error: { code: item.error.code, message: item.error.message },
      };
    case 'skipped':
      return { kind: item.kind, input: item.input, reason: item.reason };
  }
}

async function ingest(ledger: Ledger, body: z.output<typeof ingestBody>): Promise<IngestItem[]> {
  const opts = {
    extract: rulesExtractFn(await ledger.entities(), ledger.now),
    trusted: body.trusted ?? false,
  };
  if (body.text !== undefined && body.text.trim() !== '') {
    return [
      await ingestText(
        ledger,
        {
          text: body.text,
          ...(body.url ? { url: body.url } : {}),
          ...(body.title ? { title: body.title } : {}),
          ...(body.publishedAt ? { publishedAt: body.publishedAt } : {}),
          ...(body.outlet ? { outlet: body.outlet } : {}),
        },
        opts,
      ),
    ];
  }
  if (body.url) return ingestUrl(ledger, body.url, opts);
  throw new InputError('ingest: give the article text (text) or its address (url)', {
    field: 'text',
  });
}

export const ingestRoute = defineRoute({
  method: 'post',
  path: '/ingest',
  tag: 'review',
  summary: 'Ingest pasted article text or a URL: extract its claims into the review inbox',
  body: ingestBody,
  handler: async ({ ledger, body }) => {
    const items = await ingest(ledger, body);
    return { items: items.map(ingestItemToJson) };
  },
});

export const ingestRoutes: readonly ApiRoute[] = [ingestRoute];

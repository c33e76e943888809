/**
 * One deal with everything behind it as JSON, shared by `roundtrip deal ID --json` and the
 * API's deal page: claims with outlet, date and evidence in context.
 */
import type { Claim, Evidence } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import { claimToJson, dealSummary, dealToJson } from '../core/json-view.js';
import type { DealDetail } from './ledger.js';

/** How far either side of a quote the context may reach, in characters. */
const CONTEXT = 280;

/** A quote with the text around it, cut at sentence ends where there are some nearby. */
export function evidenceInContext(e: Evidence, text: string | null) {
  if (!text || text.slice(e.start, e.end) !== e.quote)
    return { quote: e.quote, before: '', after: '', start: e.start, end: e.end };
  let from = Math.max(0, e.start - CONTEXT);
  const sentenceStart = Math.max(
    text.lastIndexOf('. ', e.start - 1),
    text.lastIndexOf('\n', e.start - 1),
  );
  if (sentenceStart + 1 > from) from = sentenceStart + 1;
  let to = Math.min(text.length, e.end + CONTEXT);
  const m = /[.!?](\s|$)|\n/.exec(text.slice(e.end));
  if (m && e.end + m.index + 1 < to) to = e.end + m.index + 1;
  return {
    quote: e.quote,
    before: text.slice(from, e.start).trimStart(),
    after: text.slice(e.end, to).trimEnd(),
    start: e.start,
    end: e.end,
  };
}

/** Where a claim comes from, for the list of claims under a deal. */
export function documentRef(d: SourceDocument | undefined) {
  return d
    ? {
        id: d.id,
        kind: d.kind,
        outlet: d.outlet,
        title: d.title,
        url: d.url,
        publishedAt: d.publishedAt,
      }
    : null;
}

/** A claim with its document and evidence in context. */
export function claimWithSource(c: Claim, doc: SourceDocument | undefined) {
  return {
    ...claimToJson(c),
    document: documentRef(doc),
    evidence: c.evidence.map((e) => evidenceInContext(e, doc?.text ?? null)),
  };
}

/** Everything the deal page shows and `deal ID --json` prints. */
export function dealDetailToJson(detail: DealDetail) {
  const { deal } = detail;
  const docs = new Map(detail.documents.map((d) => [d.id, d] as const));
  return {
    ...dealToJson(deal),
    amountText: dealSummary(deal).amountText,
    date: dealSummary(deal).date,
    claims: detail.claims.map((c) => ({
      ...claimWithSource(c, docs.get(c.documentId)),
      inDeal: deal.claimIds.includes(c.id),
    })),
    documents: detail.documents.map(documentRef),
    judgements: detail.judgements,
    history: { status: deal.history, actions: detail.actions },
    related: detail.related.map((r) => ({
      ...dealSummary(r),
      relation:
        deal.relations.find((x) => x.dealId === r.id)?.kind ??
        r.relations.find((x) => x.dealId === deal.id)?.kind ??
        'related',
    })),
  };
}

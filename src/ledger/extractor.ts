/** The default extractor wired for the ledger: the offline rules over the ledger's gazetteer. */
import type { Entity } from '../core/entity.js';
import { attachValuations } from '../extract/attach-valuations.js';
import { buildGazetteer } from '../extract/gazetteer.js';
import { extractWithRules } from '../extract/rules-extractor.js';
import type { ExtractFn } from '../ingest/ingest-pipeline.js';

/**
 * An extract function over a fixed gazetteer (built once, reused for every document); `pairBackoff`
 * switches the learned back-off on or off (docs/extraction-backoff.md).
 * @example const extract = rulesExtractFn(await ledger.entities(), ledger.now);
 */
export function rulesExtractFn(entities: readonly Entity[], now: () => string, opts: { readonly pairBackoff?: boolean } = {}): ExtractFn {
  const gazetteer = buildGazetteer(entities);
  return (doc) => {
    const result = extractWithRules(doc, { gazetteer, now: now(), ...(opts.pairBackoff === undefined ? {} : { pairBackoff: opts.pairBackoff }) });
    return { ...result, claims: attachValuations(result.claims, result.figures) };
  };
}

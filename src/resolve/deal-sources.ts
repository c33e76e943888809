/** The sources behind a deal, one per document, with re-reports linked and not counted twice. */
import type { AttributionKind, Claim } from '../core/claim.js';
import type { DealSource } from '../core/deal.js';
import type { ClaimId, DocumentId } from '../core/ids.js';
import {
  type DocumentLookup,
  type OutletIndex,
  claimSource,
  lookupDocument,
} from './claim-source.js';
import { ATTRIBUTION_STRENGTH, compareClaims } from './support-rank.js';

/** The sources of a deal and which claims count as independent reports. */
export interface DealSourcing {
  readonly sources: DealSource[];
  /** One claim per distinct source: the source's own report when present, else its earliest relay. */
  readonly independent: ReadonlySet<ClaimId>;
  /** Source key per claim (see `claimSource`). */
  readonly sourceOf: ReadonlyMap<ClaimId, string>;
}

/**
 * Group a deal's claims by document and decide independence: claims are grouped by their
 * source (`claimSource`); in each group one claim counts, preferring the source's own
 * document over a relay of it, then the earliest report, then the lowest id.
 */
export function dealSources(
  claims: readonly Claim[],
  docs: DocumentLookup,
  outlets: OutletIndex,
): DealSourcing {
  const ordered = [...claims].sort(compareClaims);
  const info = new Map(
    ordered.map((c) => [c.id, claimSource(c, lookupDocument(docs, c.documentId), outlets)]),
  );
  const representative = new Map<string, Claim>();
  for (const c of ordered) {
    const src = info.get(c.id)!;
    const current = representative.get(src.key);
    // NOTE: `ordered` is canonical, so the first claim seen wins unless a first-hand one comes later.
    if (!current || (src.firstHand && !info.get(current.id)!.firstHand))
      representative.set(src.key, c);
  }
  const independent = new Set([...representative.values()].map((c) => c.id));

  const byDoc = new Map<DocumentId, Claim[]>();
  for (const c of ordered) byDoc.set(c.documentId, [...(byDoc.get(c.documentId) ?? []), c]);
  const sources: DealSource[] = [];
  for (const [documentId, docClaims] of byDoc) {
    const doc = lookupDocument(docs, documentId);
    const first = docClaims[0]!;
    const src = info.get(first.id)!;
    const strongest = docClaims
      .map((c) => c.attribution.kind)
      .reduce<AttributionKind>(
        (a, k) => (ATTRIBUTION_STRENGTH[k] < ATTRIBUTION_STRENGTH[a] ? k : a),
        first.attribution.kind,
      );
    sources.push({
      documentId,
      claimIds: docClaims.map((c) => c.id).sort(),
      outlet: doc?.outlet ?? (src.firstHand ? src.name : null),
      url: doc?.url ?? null,
      title: doc?.title ?? null,
      publishedAt: doc?.publishedAt ?? first.publishedAt,
      attribution: strongest,
      independent: docClaims.some((c) => independent.has(c.id)),
      ...(!src.firstHand && src.name ? { repeats: src.name } : {}),
    });
  }
  return { sources, independent, sourceOf: new Map([...info].map(([id, s]) => [id, s.key])) };
}

/** Whose reporting a claim carries: the document's own outlet, or the outlet it credits for the story. */
import type { AttributionKind, Claim } from '../core/claim.js';
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { slugify } from '../core/ids.js';
import type { DocumentId } from '../core/ids.js';

/** Documents by id, as a map or a lookup function. */
export type DocumentLookup =
  ReadonlyMap<DocumentId, SourceDocument> | ((id: DocumentId) => SourceDocument | undefined);

/** Find a document through either form of lookup. */
export function lookupDocument(docs: DocumentLookup, id: DocumentId): SourceDocument | undefined {
  return typeof docs === 'function' ? docs(id) : docs.get(id);
}

/** Outlet names (entity names and aliases of kind "outlet", plus well-known outlets) → outlet key. */
export type OutletIndex = ReadonlyMap<string, { readonly key: string; readonly name: string }>;

// NOTE: a fallback so that attributions such as "Reuters" are recognised as outlets even
// when the gazetteer passed in has no outlet entities; the gazetteer wins when it has them.
const WELL_KNOWN_OUTLETS: readonly (readonly [string, ...string[]])[] = [
  ['Reuters'],
  ['Bloomberg', 'Bloomberg News'],
  ['The Information'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'FT'],
  ['The New York Times', 'New York Times', 'NYT'],
  ['CNBC'],
  ['Associated Press', 'AP'],
  ['Axios'],
  ['Semafor'],
  ['Business Insider'],
  ['TechCrunch'],
  ['The Verge'],
  ['Fortune'],
  ['Forbes'],
  ['Nikkei', 'Nikkei Asia'],
  ['The Washington Post', 'Washington Post'],
  ['CNN'],
  ["Barron's"],
  ['MarketWatch'],
  ['Yahoo Finance'],
  ['Seeking Alpha'],
];

/** Normalise an outlet name for lookup: case, a leading "the", punctuation. */
export function normaliseOutletName(name: string): string {
  return slugify(name.replace(/^\s*the\s+/i, '').replace(/['’]/g, ''));
}

/**
 * Index outlet names from the gazetteer (entities of kind "outlet") over a built-in list of
 * well-known outlets. Keys are entity ids when the outlet is in the gazetteer.
 */
export function buildOutletIndex(entities: readonly Entity[]): OutletIndex {
  const index = new Map<string, { key: string; name: string }>();
  for (const [name, ...aliases] of WELL_KNOWN_OUTLETS) {
    const key = normaliseOutletName(name);
    for (const n of [name, ...aliases]) index.set(normaliseOutletName(n), { key, name });
  }
  for (const e of entities) {
    if (e.kind !== 'outlet') continue;
    const entry = { key: e.id as string, name: e.name };
    for (const n of [e.name, ...e.aliases.map((a) => a.name)])
      index.set(normaliseOutletName(n), entry);
  }
  return index;
}

/** Whose reporting a claim carries, and how this document relates to it. */
export interface ClaimSource {
  /** Identity used to count independent sources: an outlet key, or `doc:<id>` when no outlet is known. */
  readonly key: string;
  /** Display name of that source: the outlet's name, else the document's outlet, else null. */
  readonly name: string | null;
  /** True when the document is that outlet's own report (not a write-up of someone else's). */
  readonly firstHand: boolean;
}

const OWN_SOURCING: ReadonlySet<AttributionKind> = new Set([
  'company_statement',
  'filing',
  'named_executive',
  'anonymous_sources',
  'analyst',
  'curated',
]);

/**
 * Identify the source of a claim for independence counting.
 *
 * 1. An attribution that names an outlet ("The Information reported", "informed Reuters")
 *    makes that outlet the source: the document relays that outlet's story.
 * 2. Otherwise a pure re-report (kind `other_outlet`, or a `repeats` credit with no sourcing
 *    of its own) is the outlet it repeats.
 * 3. Otherwise the document's own outlet; failing that, the document itself.
 *
 * A `repeats` credit on a claim with its own sourcing ("a source told Reuters … The
 * Information first reported") never adds a source and never removes one.
 */
export function claimSource(
  claim: Claim,
  doc: SourceDocument | undefined,
  outlets: OutletIndex,
): ClaimSource {
  const docKey =
    doc?.outletId ??
    (doc?.outlet
      ? (outlets.get(normaliseOutletName(doc.outlet))?.key ?? normaliseOutletName(doc.outlet))
      : null);
  const docName = doc?.outlet ?? null;
  const named = (name: string | undefined) =>
    name ? outlets.get(normaliseOutletName(name)) : undefined;
  const { kind, source, repeats } = claim.attribution;
  const credited =
    named(source) ??
    (kind === 'other_outlet' && source
      ? { key: normaliseOutletName(source), name: source }
      : undefined);
  const relayed =
    credited ??
    (repeats && (kind === 'other_outlet' || !OWN_SOURCING.has(kind))
      ? (named(repeats) ?? { key: normaliseOutletName(repeats), name: repeats })
      : undefined);
  if (relayed && relayed.key !== docKey)
    return { key: relayed.key, name: relayed.name, firstHand: false };
  if (docKey) return { key: docKey, name: docName ?? relayed?.name ?? null, firstHand: true };
  return { key: `doc:${claim.documentId}`, name: docName, firstHand: true };
}

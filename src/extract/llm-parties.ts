/** Resolve the party names an LLM returns ("AWS", "ChatGPT-maker OpenAI") to gazetteer entities. */
import type { PartyRef } from '../core/claim.js';
import type { Entity } from '../core/entity.js';
import { slugify, type EntityId } from '../core/ids.js';
import type { Gazetteer, NameEntry } from './gazetteer.js';
import { tokenize, type Token } from './sentences.js';

/** Turns a name as the model wrote it into a party reference; unknown companies keep `id: null`. */
export type PartyResolver = (name: string) => PartyRef;

const SUFFIXES =
  /[\s,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|se|nv|holdings)\.?$/i;

/** A lookup key: lower case, plain apostrophes, single spaces, no leading "the", no corporate suffix. */
function key(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .replace(SUFFIXES, '')
    .toLowerCase();
}

/** Entities that can be a deal party (not people, not news outlets). */
const isParty = (e: Entity | undefined): e is Entity =>
  !!e && e.kind !== 'person' && e.kind !== 'outlet';

/** Whole-name table: names, every alias (even those too ambiguous to match in free text), tickers, ids. */
function nameTable(g: Gazetteer): Map<string, EntityId> {
  const table = new Map<string, EntityId>();
  const put = (k: string, id: EntityId) => {
    if (k && !table.has(k)) table.set(k, id);
  };
  const parties = [...g.entities.values()].filter(isParty);
  // NOTE: names first, then aliases, so an alias never shadows another entity's own name.
  for (const e of parties) put(key(e.name), e.id);
  for (const e of parties) for (const a of e.aliases) put(key(a.name), e.id);
  for (const e of parties) {
    if (e.identifiers.ticker) put(key(e.identifiers.ticker), e.id);
    put(e.id, e.id);
  }
  return table;
}

// NOTE: descriptors ("AI cloud provider") are left out: the model is asked for names, and a
// generic descriptor in front of an unknown company must not resolve to a known one.
const KIND_RANK: Readonly<Record<NameEntry['kind'], number>> = {
  name: 2,
  alias: 2,
  ticker: 2,
  product: 1,
  descriptor: 0,
};

function matchesAt(entry: NameEntry, toks: readonly Token[], i: number): boolean {
  if (i + entry.tokens.length > toks.length) return false;
  return entry.tokens.every(
    (t, k) => t === (entry.caseSensitive ? toks[i + k]!.norm : toks[i + k]!.lower),
  );
}

/**
 * The best gazetteer name inside a longer phrase: names over products, then the one ending
 * last (English puts the head last: "Google parent Alphabet", "Amazon's AWS"), then the longest.
 */
function scan(g: Gazetteer, phrase: string): EntityId | null {
  const toks = tokenize(phrase);
  let best: { id: EntityId; end: number; length: number; rank: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    const candidates = [
      ...(g.byFirst.get(toks[i]!.norm) ?? []),
      ...(g.byFirstLower.get(toks[i]!.lower) ?? []),
    ];
    for (const entry of candidates) {
      const rank = KIND_RANK[entry.kind];
      if (rank === 0 || entry.entityIds.length !== 1 || !matchesAt(entry, toks, i)) continue;
      const id = entry.entityIds[0]!;
      if (!isParty(g.entities.get(id))) continue;
      const length = entry.tokens.length;
      const end = i + length;
      const better =
        !best ||
        rank > best.rank ||
        (rank === best.rank && (end > best.end || (end === best.end && length > best.length)));
      if (better) best = { id, end, length, rank };
    }
  }
  return best?.id ?? null;
}

/**
 * A resolver over a gazetteer: the whole name first (any alias, ticker or id), then the
 * best known name inside it ("ChatGPT-maker OpenAI" → openai).
 * @example createPartyResolver(g)('Amazon Web Services') // { id: 'aws', name: 'Amazon Web Services', mention: ... }
 */
export function createPartyResolver(g: Gazetteer): PartyResolver {
  const table = nameTable(g);
  return (raw) => {
    const mention = raw.replace(/\s+/g, ' ').trim();
    const id = table.get(key(mention)) ?? table.get(slugify(mention)) ?? scan(g, mention);
    const entity = id ? g.entities.get(id) : undefined;
    return entity
      ? { id: entity.id, name: entity.name, mention }
      : { id: null, name: mention, mention };
  };
}

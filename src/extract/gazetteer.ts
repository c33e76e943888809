/** The gazetteer: names, aliases, tickers, products and descriptors of known entities, for longest-match lookup. */
import type { DatasetEntity } from '../core/dataset-schema.js';
import { rollupRoot, type Entity, type EntityKind, type Sector } from '../core/entity.js';
import { entityId, slugify, type EntityId } from '../core/ids.js';
import { BUILT_IN_EXECUTIVES, type Executive } from './executives.js';
import { tokenize } from './sentences.js';

/** How a name in text refers to its entity. */
export type NameKind = 'name' | 'alias' | 'ticker' | 'product' | 'descriptor';

/** One matchable name: its tokens and the entities it may mean (several only for descriptors). */
export interface NameEntry {
  /** Tokens as written, or lower-cased when `caseSensitive` is false. */
  readonly tokens: readonly string[];
  readonly entityIds: readonly EntityId[];
  readonly kind: NameKind;
  readonly caseSensitive: boolean;
}

export interface Gazetteer {
  readonly entities: ReadonlyMap<EntityId, Entity>;
  /** First token, exactly as written → case-sensitive entries, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly NameEntry[]>;
  /** First token, lower-cased → case-insensitive entries, longest first. */
  readonly byFirstLower: ReadonlyMap<string, readonly NameEntry[]>;
  /** Product name, lower-cased → its maker ("chatgpt" → openai). */
  readonly products: ReadonlyMap<string, EntityId>;
  /**
   * Executives known to the extractor, by full name and (when distinctive) by surname; "#Word"
   * keys mark the words a name can start with.
   */
  readonly executives: ReadonlyMap<string, Executive>;
}

export interface GazetteerOptions {
  /** Executive → company links; defaults to the built-in table. */
  readonly executives?: readonly Executive[];
  /** Add well-known news outlets that are missing from `entities` (default true). */
  readonly builtInOutlets?: boolean;
}

/** Outlets often credited in deal news; added when the entity list lacks them. */
const BUILT_IN_OUTLETS: readonly (readonly [string, ...string[]])[] = [
  ['Reuters'], ['Bloomberg', 'Bloomberg News'], ['The Information'], ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'FT'], ['CNBC'], ['Semafor'], ['Axios'], ['TechCrunch'], ['The Verge'], ['Business Insider'],
  ['The New York Times', 'New York Times'], ['Associated Press', 'AP'], ['AFP', 'Agence France-Presse'], ['Nikkei', 'Nikkei Asia'],
  ['Yahoo Finance'], ['MarketWatch'], ['Forbes'], ['Fortune'], ["Barron's"], ['The Guardian'], ['BBC'], ['CNN'], ['Politico'],
  ['The Washington Post', 'Washington Post'], ['Dow Jones'], ['SiliconANGLE'], ['VentureBeat'], ['Wired'], ['Ars Technica'],
  ['DatacenterDynamics', 'DCD'], ['The Economist'], ['Fox Business'], ['The Register'], ['Data Center Dynamics'],
];

/** Corporate suffixes that are also outlet names ("Inc.") must never match as outlets. */
const NOT_OUTLET_NAMES = new Set(['inc', 'inc.', 'corp', 'ltd']);

/**
 * Map a dataset record (data/entities.json) to a core entity: string aliases become matchable.
 * @example entityFromRecord({ id: 'aws', name: 'Amazon Web Services', kind: 'company', aliases: ['AWS'], ... })
 */
export function entityFromRecord(r: DatasetEntity): Entity {
  return {
    id: entityId(r.id),
    name: r.name,
    kind: r.kind as EntityKind,
    sector: (r.sector ?? 'other') as Sector,
    aliases: (r.aliases ?? []).map((a) => (typeof a === 'string' ? { name: a, matchable: true } : a)),
    identifiers: r.identifiers ?? {},
    parents: (r.parents ?? []).map((p) => ({ ...p, id: entityId(p.id) })),
    products: r.products ?? [],
    descriptors: r.descriptors ?? [],
    ...(r.description ? { description: r.description } : {}),
  };
}

const tokensOf = (s: string): string[] => tokenize(s).map((t) => t.norm);

/** Names long and distinctive enough to match whatever their capitalisation ("Coreweave"). */
function caseInsensitiveOk(name: string): boolean {
  return name.length >= 5 && name !== name.toUpperCase();
}

/**
 * Build the lookup tables from entities. Aliases marked not matchable are skipped, tickers
 * match only in capitals, short names match only with their exact case.
 */
export function buildGazetteer(entities: readonly Entity[], options: GazetteerOptions = {}): Gazetteer {
  const all = [...entities];
  if (options.builtInOutlets !== false) all.push(...missingOutlets(entities));
  const byId = new Map<EntityId, Entity>(all.map((e) => [e.id, e]));
  const exact = new Map<string, NameEntry[]>();
  const lower = new Map<string, NameEntry[]>();
  const descriptorIds = new Map<string, EntityId[]>();
  const products = new Map<string, EntityId>();
  const add = (name: string, id: EntityId, kind: NameKind) => {
    const toks = tokensOf(name);
    if (!toks.length) return;
    if (kind === 'descriptor') {
      const key = toks.map((t) => t.toLowerCase()).join(' ');
      const ids = descriptorIds.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      descriptorIds.set(key, ids);
      return;
    }
    const entry: NameEntry = { tokens: toks, entityIds: [id], kind, caseSensitive: true };
    push(exact, toks[0]!, entry);
    if (kind !== 'ticker' && caseInsensitiveOk(name)) {
      const lowered = toks.map((t) => t.toLowerCase());
      push(lower, lowered[0]!, { tokens: lowered, entityIds: [id], kind, caseSensitive: false });
    }
  };
  for (const e of all) {
    if (e.kind === 'person') continue;
    if (e.kind === 'outlet' && NOT_OUTLET_NAMES.has(e.name.toLowerCase())) {
      for (const a of e.aliases) if (a.matchable && a.name.includes(' ')) add(a.name, e.id, 'alias');
      continue;
    }
    add(e.name, e.id, 'name');
    for (const a of e.aliases) if (a.matchable) add(a.name, e.id, 'alias');
    const ticker = e.identifiers.ticker;
    if (ticker && /^[A-Z]{2,5}$/.test(ticker)) add(ticker, e.id, 'ticker');
    for (const p of e.products) {
      add(p, e.id, 'product');
      products.set(p.toLowerCase(), e.id);
    }
    for (const d of e.descriptors) add(d, e.id, 'descriptor');
  }
  for (const [key, ids] of descriptorIds) {
    const toks = key.split(' ');
    push(lower, toks[0]!, { tokens: toks, entityIds: ids, kind: 'descriptor', caseSensitive: false });
  }
  for (const list of [...exact.values(), ...lower.values()]) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { entities: byId, byFirst: exact, byFirstLower: lower, products, executives: executiveIndex(options.executives ?? BUILT_IN_EXECUTIVES) };
}

function push(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function missingOutlets(entities: readonly Entity[]): Entity[] {
  const known = new Set<string>();
  for (const e of entities) {
    known.add(e.id);
    known.add(e.name.toLowerCase());
    for (const a of e.aliases) known.add(a.name.toLowerCase());
  }
  const out: Entity[] = [];
  for (const [name, ...aliases] of BUILT_IN_OUTLETS) {
    const id = slugify(name);
    if (known.has(id) || known.has(name.toLowerCase())) continue;
    out.push({
      id: entityId(id), name, kind: 'outlet', sector: 'media', identifiers: {}, parents: [], products: [], descriptors: [],
      aliases: aliases.filter((a) => !known.has(a.toLowerCase())).map((a) => ({ name: a, matchable: true })),
    });
  }
  return out;
}

function executiveIndex(list: readonly Executive[]): Map<string, Executive> {
  const map = new Map<string, Executive>();
  for (const x of list) {
    map.set(x.name, x);
    map.set(`#${x.name.split(' ')[0]}`, x);
    const surname = x.name.split(' ').at(-1)!;
    if (x.distinctiveSurname) {
      map.set(surname, x);
      map.set(`#${surname}`, x);
    }
  }
  return map;
}

const STARTS = new WeakMap<Gazetteer, ReadonlySet<string>>();

/**
 * Every word a name, alias or executive can start with, lower-cased (memoised): a token whose lower
 * case is not here starts none of them.
 */
export function nameStarts(g: Gazetteer): ReadonlySet<string> {
  let set = STARTS.get(g);
  if (!set) {
    const executives = [...g.executives.keys()].filter((k) => k.startsWith('#')).map((k) => k.slice(1));
    set = new Set([...g.byFirst.keys(), ...g.byFirstLower.keys(), ...executives].map((k) => k.toLowerCase()));
    STARTS.set(g, set);
  }
  return set;
}

/** The entries sharing a first token, narrowed by their second one. */
export interface FirstTokenEntries {
  /** Second token → entries of one token and entries with that second token, in `byFirst` order. */
  readonly bySecond: ReadonlyMap<string, readonly NameEntry[]>;
  /** Entries of one token only (what can match when the second token fits no entry). */
  readonly singles: readonly NameEntry[];
}

/** `byFirst` and `byFirstLower` narrowed by the second token (see `nameIndex`). */
export interface NameIndex {
  readonly exact: ReadonlyMap<string, FirstTokenEntries>;
  readonly lower: ReadonlyMap<string, FirstTokenEntries>;
}

const INDEX = new WeakMap<Gazetteer, NameIndex>();

/**
 * The gazetteer's name lists keyed by first and then second token (memoised). An entry of two or
 * more tokens can only match where its second token follows, so a lookup by both tokens yields
 * exactly the entries of `byFirst` that may match, in the same (longest first) order.
 * NOTE: "the"/"The" open dozens of names ("The Information", "the Carlyle Group"); trying each at
 * every "the" cost more than any other step of reading names.
 */
export function nameIndex(g: Gazetteer): NameIndex {
  let index = INDEX.get(g);
  if (!index) {
    index = { exact: narrow(g.byFirst), lower: narrow(g.byFirstLower) };
    INDEX.set(g, index);
  }
  return index;
}

function narrow(byFirst: ReadonlyMap<string, readonly NameEntry[]>): Map<string, FirstTokenEntries> {
  const out = new Map<string, FirstTokenEntries>();
  for (const [first, list] of byFirst) {
    const bySecond = new Map<string, NameEntry[]>();
    for (const e of list) {
      const second = e.tokens[1];
      if (second !== undefined && !bySecond.has(second)) bySecond.set(second, list.filter((x) => x.tokens.length === 1 || x.tokens[1] === second));
    }
    out.set(first, { bySecond, singles: list.filter((x) => x.tokens.length === 1) });
  }
  return out;
}

const HELD = new WeakMap<Gazetteer, ReadonlyMap<string, EntityId>>();

/**
 * The entity whose unmatchable alias is exactly `name` ("Apollo", "Fidelity": too common a word to
 * match anywhere), or null; an alias two entities share is no answer. For names found in a deal
 * slot, where context has already said a company is meant. Memoised.
 */
export function heldAlias(g: Gazetteer, name: string): EntityId | null {
  let map = HELD.get(g);
  if (!map) {
    const found = new Map<string, EntityId | null>();
    for (const e of g.entities.values()) {
      for (const a of e.aliases) if (!a.matchable) found.set(a.name, found.has(a.name) && found.get(a.name) !== e.id ? null : e.id);
    }
    map = new Map([...found].filter((x): x is [string, EntityId] => x[1] !== null));
    HELD.set(g, map);
  }
  return map.get(name) ?? null;
}

const ROLLED = new WeakMap<Gazetteer, Map<EntityId, EntityId>>();

/** The entity a subsidiary or division rolls up into (itself when it has no parent). Memoised. */
export function rollUp(g: Gazetteer, id: EntityId): EntityId {
  let cache = ROLLED.get(g);
  if (!cache) ROLLED.set(g, (cache = new Map()));
  let root = cache.get(id);
  if (root === undefined) cache.set(id, (root = rollupRoot(id, g.entities)));
  return root;
}

/** True when the entity is a news outlet (never a deal party). */
export function isOutlet(g: Gazetteer, id: EntityId | null): boolean {
  return id !== null && g.entities.get(id)?.kind === 'outlet';
}

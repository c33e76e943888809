/** Companies, labs, funds, joint ventures and outlets: who can pay whom, and who reports it. */
import type { EntityId } from './ids.js';

export type EntityKind = 'company' | 'joint_venture' | 'fund' | 'government' | 'person' | 'outlet';
export const ENTITY_KINDS: readonly EntityKind[] = ['company', 'joint_venture', 'fund', 'government', 'person', 'outlet'];

/** What a company mainly does; drives the map's node colour. */
export type Sector =
  | 'ai_lab'
  | 'cloud'
  | 'neocloud'
  | 'chips'
  | 'hardware'
  | 'software'
  | 'investor'
  | 'energy'
  | 'infrastructure'
  | 'media'
  | 'other';
export const SECTORS: readonly Sector[] = [
  'ai_lab', 'cloud', 'neocloud', 'chips', 'hardware', 'software', 'investor', 'energy', 'infrastructure', 'media', 'other',
];

export interface Alias {
  readonly name: string;
  /** False for names too ambiguous to match in free text ("Meta", "X", "Apple" as a word). */
  readonly matchable: boolean;
}

export interface Identifiers {
  readonly ticker?: string;
  readonly wikidata?: string;
  readonly lei?: string;
  readonly domain?: string;
}

/** A parent link; subsidiaries and divisions roll up into their parent on request. */
export interface ParentLink {
  readonly id: EntityId;
  readonly relation: 'subsidiary' | 'division' | 'owner';
  /** Ownership share in percent, when known. */
  readonly share?: string;
}

export interface Entity {
  readonly id: EntityId;
  readonly name: string;
  readonly kind: EntityKind;
  readonly sector: Sector;
  readonly aliases: readonly Alias[];
  readonly identifiers: Identifiers;
  readonly parents: readonly ParentLink[];
  /** Products that name their maker in text ("ChatGPT" → OpenAI, "Trainium" → Amazon). */
  readonly products: readonly string[];
  /** Short descriptors used in text for this entity ("chipmaker", "cloud provider"). */
  readonly descriptors: readonly string[];
  readonly description?: string;
}

/** The parent a subsidiary or division rolls up into, if any (owners of a joint venture do not). */
export function rollupParent(e: Entity): EntityId | null {
  const p = e.parents.find((l) => l.relation === 'subsidiary' || l.relation === 'division');
  return p ? p.id : null;
}

/** Follow roll-up links to the top; stops on cycles. */
export function rollupRoot(id: EntityId, byId: ReadonlyMap<EntityId, Entity>): EntityId {
  let current = id;
  const seen = new Set<EntityId>();
  for (;;) {
    seen.add(current);
    const e = byId.get(current);
    const parent = e ? rollupParent(e) : null;
    if (!parent || seen.has(parent)) return current;
    current = parent;
  }
}

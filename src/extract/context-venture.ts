/** Ventures named by their owners: "the joint venture formed by A and B", "the A-B joint venture". */
import type { EntityId } from '../core/ids.js';
import type { DocView, Mention } from './doc-view.js';
import type { Gazetteer } from './gazetteer.js';
import { listFrom, mentionStartingNear } from './frame-args.js';
import { words } from './frame-words.js';
import { usable } from './frame.js';
import { venturePhrase } from './frames-venture-ref.js';

const HEADS = words('venture jv partnership');
const FORMED = words('formed created established owned backed set founded run controlled');
const OWNERS_INDEX = new WeakMap<Gazetteer, ReadonlyMap<EntityId, readonly EntityId[]>>();

/** Owner → the joint ventures it owns, built once per gazetteer. */
export function venturesByOwner(g: Gazetteer): ReadonlyMap<EntityId, readonly EntityId[]> {
  let index = OWNERS_INDEX.get(g);
  if (!index) {
    const m = new Map<EntityId, EntityId[]>();
    for (const e of g.entities.values()) {
      if (e.kind !== 'joint_venture') continue;
      for (const p of e.parents) if (p.relation === 'owner') m.set(p.id, [...(m.get(p.id) ?? []), e.id]);
    }
    index = m;
    OWNERS_INDEX.set(g, index);
  }
  return index;
}

/** True when `owner` is a known owner of joint venture `venture` ("Hyperion JV" and Meta). */
export function ownsVenture(v: DocView, owner: Mention | null, venture: Mention | null): boolean {
  if (!owner?.entityId || !venture?.entityId) return false;
  return venturesByOwner(v.gazetteer).get(owner.entityId)?.includes(venture.entityId) ?? false;
}

/** The one known joint venture all `owners` (two or more) own; null when none or several. */
function ventureOwnedBy(g: Gazetteer, owners: readonly (EntityId | null)[]): EntityId | null {
  const ids = [...new Set(owners.filter((x): x is EntityId => x !== null))];
  if (ids.length < 2) return null;
  const index = venturesByOwner(g);
  let common: readonly EntityId[] = index.get(ids[0]!) ?? [];
  for (const id of ids.slice(1)) {
    const of = index.get(id) ?? [];
    common = common.filter((x) => of.includes(x));
  }
  return common.length === 1 ? common[0]! : null;
}

/**
 * The venture a phrase at token j names by its owners: "the joint venture formed by A and B",
 * "a venture owned by A and B", "the A-B joint venture", "the A and B joint venture". Null when the
 * phrase names no owners or they own no single known venture.
 */
export function ventureNamedByOwners(v: DocView, s: number, j: number): Mention | null {
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  if (!/^(the|a|an|their)$/.test(t[j]?.lower ?? '')) return null;
  let h = j + 1;
  const before: Mention[] = [];
  // NOTE: "the Nscale-Aker joint venture": owner names, hyphens and "and" stand before the head.
  while (h < end && h < j + 10 && !HEADS.has(t[h]!.lower)) {
    const m = v.mentionAt[h];
    if (m && usable(m) && !m.possessive && m.tok === h) {
      before.push(m);
      h = m.tokEnd;
      continue;
    }
    if (!/^(-|and|joint|new|50-50|equal|\/)$/.test(t[h]!.lower)) return null;
    h++;
  }
  if (h >= end || !HEADS.has(t[h]!.lower)) return null;
  let owners = before;
  if (!owners.length && FORMED.has(t[h + 1]?.lower ?? '')) {
    const by = t[h + 2]?.lower === 'by' ? h + 3 : t[h + 2]?.lower === 'up' && t[h + 3]?.lower === 'by' ? h + 4 : -1;
    const first = by >= 0 ? mentionStartingNear(v, by, 0) : null;
    if (usable(first) && !first.possessive) owners = listFrom(v, first);
  }
  const id = ventureOwnedBy(v.gazetteer, owners.map((m) => m.entityId));
  return id ? venturePhrase(v, s, j, h, id) : null;
}

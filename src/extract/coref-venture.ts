/** "the venture" with no venture named nearby: the one known joint venture the companies around it own together. */
import type { EntityId } from '../core/ids.js';
import { venturesByOwner } from './context-venture.js';
import type { DocView, Mention } from './doc-view.js';

/** How many sentences back owners are looked for. */
const WINDOW = 3;

/**
 * The joint venture that two or more companies named in m's sentence or the few before own, when
 * exactly one venture has the most such owners; else null.
 * @example "Meta and Blue Owl set up a company. Meta will rent buildings from the venture." → the Meta/Blue Owl venture
 */
export function ventureOfNearbyOwners(v: DocView, history: readonly Mention[], m: Mention): EntityId | null {
  const index = venturesByOwner(v.gazetteer);
  const owners = new Set<EntityId>();
  const add = (h: Mention) => {
    if (h.entityId && !h.outlet && h.kind !== 'product' && index.has(h.entityId)) owners.add(h.entityId);
  };
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= m.sentence - WINDOW; i--) add(history[i]!);
  // NOTE: "the joint venture that Nscale runs with Aker": owners named after the phrase count too.
  for (const h of v.sentMentions[m.sentence] ?? []) if (h.tok > m.tok) add(h);
  const count = new Map<EntityId, number>();
  for (const o of owners) for (const jv of index.get(o)!) count.set(jv, (count.get(jv) ?? 0) + 1);
  let best: EntityId | null = null;
  let top = 1;
  for (const [jv, n] of count) {
    if (n > top) {
      best = jv;
      top = n;
    } else if (n === top) best = null;
  }
  return best;
}

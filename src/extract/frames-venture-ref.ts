/** Ventures the text names without a gazetteer name: "the joint venture", "a joint venture of A and B", "their venture". */
import type { EntityId } from '../core/ids.js';
import { mentionsIn, type DocView, type Mention } from './doc-view.js';
import { listFrom, mentionStartingNear } from './frame-args.js';
import { words } from './frame-words.js';
import { usable } from './frame.js';

/** Head nouns of a venture phrase. */
export const VENTURE_HEADS = words('venture ventures jv vehicle spv');
const VENTURE_MODIFIERS = words('the a an their its this that new joint 50-50 50/50 equally owned jointly - special purpose special-purpose financing');
/** How many sentences back a venture's owners are looked for when the phrase names none. */
const OWNER_WINDOW = 3;

/**
 * The venture a phrase starting at token j names: a gazetteer venture mentioned there, or "the
 * (joint) venture", "a joint venture of A and B", "their joint venture" resolved to a known venture:
 * the one whose owners the phrase names; for "the venture" the last venture the document named;
 * else the one whose owners the sentences around it name. Null when none fits.
 */
export function ventureAt(v: DocView, s: number, j: number): Mention | null {
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  if (j < v.sentTok[s]! || j >= end) return null;
  const known = mentionStartingNear(v, j, 2);
  if (known && isVehicle(v, known)) return longerName(v, known) ? null : known;
  let h = j;
  // NOTE: coreference may have made "the venture" a nominal mention it could not resolve: read its words.
  const named = (x: number) => !!v.mentionAt[x] && v.mentionAt[x]!.kind !== 'nominal';
  while (h < end && h < j + 5 && VENTURE_MODIFIERS.has(t[h]!.lower) && !named(h)) h++;
  if (h >= end || !VENTURE_HEADS.has(t[h]!.lower) || named(h)) return null;
  const definite = /^(the|their|its|this|that)$/.test(t[j]!.lower);
  // NOTE: "a joint venture of Crusoe and Blue Owl", "a venture between A and B": the owners follow.
  let owners: Mention[] = [];
  if (/^(of|between)$/.test(t[h + 1]?.lower ?? '')) {
    const first = mentionStartingNear(v, h + 2, 1);
    if (usable(first)) owners = listFrom(v, first);
  }
  // NOTE: a special purpose vehicle is known by the sponsor its name carries ("xAI GPU financing SPV").
  if (/^(vehicle|spv)$/.test(t[h]!.lower)) {
    const id = vehicleFor(v, nearbyParties(v, s));
    return id ? venturePhrase(v, s, j, h, id) : null;
  }
  let id = owners.length ? ownedBy(v, owners.map((m) => m.entityId), 1) : null;
  if (!id && definite && !owners.length) id = lastVentureBefore(v, s, j);
  if (!id && !owners.length) id = ownedBy(v, nearbyParties(v, s), 2);
  return id ? venturePhrase(v, s, j, h, id) : null;
}

/** True when a capitalised word the gazetteer does not know extends the name: "Stargate UK" is not "Stargate". */
export function longerName(v: DocView, m: Mention): boolean {
  const next = v.tokens[m.tokEnd];
  return !!next && m.tokEnd < v.sentTok[m.sentence + 1]! && /^\p{Lu}/u.test(next.text) && !v.mentionAt[m.tokEnd] && !v.personAt[m.tokEnd];
}

/** A mention of venture `id` for the phrase over tokens [j, h] of sentence s ("the joint venture"). */
export function venturePhrase(v: DocView, s: number, j: number, h: number, id: EntityId): Mention {
  const t = v.tokens;
  const first = t[j]!;
  const last = t[h]!;
  return {
    start: first.start, end: last.end, tok: j, tokEnd: h + 1, npTok: j, sentence: s, kind: 'nominal',
    text: v.text.slice(first.start, last.end), candidates: [id], entityId: id,
    name: v.gazetteer.entities.get(id)?.name ?? id, possessive: false, role: 'oblique', outlet: false, alternatives: [],
  };
}

/** A venture, or a fund with owners (a partnership vehicle such as an infrastructure fund). */
export function isVehicle(v: DocView, m: Mention | null | undefined): boolean {
  if (!m?.entityId) return false;
  const e = v.gazetteer.entities.get(m.entityId);
  return !!e && (e.kind === 'joint_venture' || (e.kind === 'fund' && e.parents.some((p) => p.relation === 'owner')));
}

/** The venture of a mention: itself when it is one, else the venture phrase at its place. */
export function asVenture(v: DocView, m: Mention | null | undefined): Mention | null {
  if (!m) return null;
  if (isVehicle(v, m)) return m;
  return m.kind === 'nominal' ? ventureAt(v, m.sentence, m.npTok) : null;
}

/** Entities named in the sentence and the few before it. */
function nearbyParties(v: DocView, s: number): (EntityId | null)[] {
  const out: (EntityId | null)[] = [];
  for (let i = Math.max(0, s - OWNER_WINDOW); i <= s; i++) for (const m of mentionsIn(v, i)) if (usable(m)) out.push(m.entityId);
  return out;
}

/** The one known venture with the most owners among `ids` (at least `min`); null when none or tied. */
function ownedBy(v: DocView, ids: readonly (EntityId | null)[], min: number): EntityId | null {
  const want = new Set(ids.filter((x): x is EntityId => x !== null));
  if (want.size < min) return null;
  let best: EntityId | null = null;
  let bestCount = 0;
  let tie = false;
  for (const e of v.gazetteer.entities.values()) {
    if (e.kind !== 'joint_venture') continue;
    const n = e.parents.filter((p) => p.relation === 'owner' && want.has(p.id)).length;
    if (n > bestCount) [best, bestCount, tie] = [e.id, n, false];
    else if (n === bestCount && n > 0) tie = true;
  }
  return bestCount >= min && !tie ? best : null;
}

/**
 * The one known special purpose vehicle (a fund or venture named "... SPV" or "... vehicle") whose name
 * carries the name of a company the text names nearby; null when none or several.
 */
function vehicleFor(v: DocView, ids: readonly (EntityId | null)[]): EntityId | null {
  const sponsors = new Set<string>();
  for (const id of ids) {
    const e = id ? v.gazetteer.entities.get(id) : undefined;
    if (e) sponsors.add(e.name.toLowerCase());
  }
  const found: EntityId[] = [];
  for (const e of v.gazetteer.entities.values()) {
    if (e.kind !== 'fund' && e.kind !== 'joint_venture') continue;
    const name = e.name.toLowerCase().split(/\s+/);
    if (!name.some((w) => w === 'spv' || w === 'vehicle')) continue;
    if ([...sponsors].some((sp) => name.join(' ').startsWith(`${sp} `))) found.push(e.id);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The last gazetteer venture the document names before token j of sentence s. */
function lastVentureBefore(v: DocView, s: number, j: number): EntityId | null {
  for (let i = s; i >= 0; i--) {
    const list = mentionsIn(v, i);
    for (let x = list.length - 1; x >= 0; x--) {
      const m = list[x]!;
      if (m.tok < j && isVehicle(v, m)) return m.entityId;
    }
  }
  return null;
}

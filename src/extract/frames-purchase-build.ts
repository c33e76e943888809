/** Trigger handler for things made for a customer: "Intel will build custom processors for Nvidia", "a supercomputer X is building for Y". */
import type { Mention } from './doc-view.js';
import { agentBefore } from './frame-args.js';
import { findHardware, findWord, isHardwareAt, words } from './frame-words.js';
import { clientAfter } from './frames-purchase-client.js';
import { COMPUTE, isCloud } from './frames-purchase.js';
import { pairs, sectorOf, type FrameContext, type FrameHandler } from './frame.js';

/** Things a supplier builds or runs for a customer that the customer pays for as compute. */
const FACILITY = words('site sites supercomputer supercomputers cluster clusters centres centers centre center data-centre data-centres data-center data-centers datacenter datacenters campus campuses facility facilities capacity infrastructure');
const STOPS = words(', ; : which that who while but and');
const PASSIVE = words('is are was were be been being');
const PLACE_PREPS = words('in at across');

/** The first hardware or facility noun in [from, to), not crossing a clause break; -1 when none. */
function madeThing(c: FrameContext, from: number, to: number): number {
  const { v } = c;
  for (let j = from; j < to; j++) {
    const w = v.tokens[j]!.lower;
    if (STOPS.has(w)) return -1;
    if (isHardwareAt(v, j) || FACILITY.has(w) || COMPUTE.has(w)) return j;
  }
  return -1;
}

/** The customer after "for": a company named right after it (not "for its own use", not "for data centres"). */
function customerAfter(c: FrameContext, from: number, to: number): Mention[] {
  const f = findWord(c.v, from, to, words('for'));
  if (f < 0) return [];
  const stop = findWord(c.v, from, f, STOPS);
  if (stop >= 0 && !placeAnd(c, stop, f)) return [];
  return clientAfter(c, f, f + 1);
}

/** True when the only break in [from, to) is "and" between two capitalised place words ("sites in Texas and New York for"). */
function placeAnd(c: FrameContext, from: number, to: number): boolean {
  const t = c.v.tokens;
  if (t[from]!.lower !== 'and' || !/^\p{Lu}/u.test(t[from - 1]?.text ?? '') || !/^\p{Lu}/u.test(t[from + 1]?.text ?? '')) return false;
  if (c.v.mentionAt[from - 1] || c.v.mentionAt[from + 1]) return false;
  return findWord(c.v, from + 1, to, STOPS) < 0 && findWord(c.v, Math.max(0, from - 4), from, PLACE_PREPS) >= 0;
}

/**
 * "Intel will build custom x86 processors for Nvidia", "Broadcom designs the chips for Google",
 * "a supercomputer Nscale is building for Microsoft": the maker sells what it makes to the company
 * it is made for (hardware from a chip or hardware maker, compute from anyone else).
 */
export const madeFor: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  if (PASSIVE.has(t[k - 1]?.lower ?? '') && !/ing$/.test(t[k]!.lower)) return [];
  const maker = agentBefore(v, s, k);
  if (!maker || maker.kind === 'pronoun' && !maker.entityId) return [];
  let thing = madeThing(c, k + 1, Math.min(end, k + 9));
  // NOTE: "deploy GPUs, including GB300 systems, for the software giant's workloads": an aside may come first.
  let buyers = thing >= 0 ? (/^(deploy|install)/.test(t[k]!.lower) ? clientAfter(c, thing + 1, thing + 14) : customerAfter(c, thing + 1, Math.min(end, thing + 9))) : [];
  if (!buyers.length) {
    // NOTE: reduced relative clause: "a supercomputer Nscale is building for Microsoft".
    const before = maker.npTok - 1;
    if (before >= v.sentTok[s]! && (isHardwareAt(v, before) || FACILITY.has(t[before]!.lower))) {
      thing = before;
      buyers = customerAfter(c, k + 1, Math.min(end, k + 3));
    }
  }
  if (!buyers.length || thing < 0) return [];
  // NOTE: chips made by anyone but a cloud are hardware; a facility, capacity or a cloud's chips are compute.
  const sector = sectorOf(v, maker);
  const kit = findHardware(v, thing, thing + 1) >= 0 || ((sector === 'chips' || sector === 'hardware') && /^(servers?|systems?)$/.test(t[thing]!.lower));
  const hardware = kit && !isCloud(v, maker) && sector !== 'ai_lab';
  return pairs(buyers, [maker], { type: hardware ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount: null, strength: 0.6 });
};

/** Chips a company builds or runs its machines with: "X built a supercomputer with 100,000 Nvidia processors". */
import { agentBefore, agentsFrom } from './frame-args.js';
import { findWord, isHardwareAt, words } from './frame-words.js';
import { COMPUTE } from './frames-purchase.js';
import { pairs, sameParty, sectorOf, usable, type FrameHandler } from './frame.js';

/** Verbs of building or running a machine out of chips. */
const FLEET_VERBS = words('built build builds building runs run running operates operate operated deployed deploys');
const COUNT_WORDS = words('million thousand');

/**
 * "X built Colossus, a supercomputer, with 100,000 Nvidia graphics processors", "X runs a cluster of
 * 50,000 Nvidia GPUs": a counted fleet of a chipmaker's hardware in a clause whose subject built or
 * runs it is hardware bought from the chipmaker. Trigger: the hardware noun.
 */
export const chipFleet: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!isHardwareAt(v, k)) return [];
  // NOTE: the maker stands right after the count: "100,000 Nvidia (graphics) processors".
  let maker = null;
  for (let j = k - 1; j >= Math.max(v.sentTok[s]!, k - 4); j--) {
    const m = v.mentionAt[j];
    if (m) {
      maker = m;
      break;
    }
  }
  if (!usable(maker) || maker.possessive || !/^(chips|hardware)$/.test(sectorOf(v, maker) ?? '')) return [];
  const before = t[maker.tok - 1];
  if (!before || !(/^\d/.test(before.text) || COUNT_WORDS.has(before.lower))) return [];
  const prep = findWord(v, Math.max(v.sentTok[s]!, maker.tok - 5), maker.tok, words('with of on around using'));
  if (prep < 0) return [];
  const verb = findWord(v, Math.max(v.sentTok[s]!, prep - 14), prep, FLEET_VERBS);
  if (verb < 0) return [];
  // NOTE: "take capacity built around 8,000 Nvidia GPUs" is rented compute; "a supercomputer it is
  // building for Microsoft with 23,000 Nvidia chips" is built for a client (see madeFor).
  if (t[verb - 1]?.lower === 'capacity' || COMPUTE.has(t[verb - 1]?.lower ?? '')) return [];
  if (findWord(v, verb + 1, prep, words('for')) >= 0) return [];
  const buyer = agentBefore(v, s, verb);
  if (!buyer || sameParty(buyer, maker) || /^(chips|hardware)$/.test(sectorOf(v, buyer) ?? '')) return [];
  // NOTE: a fleet built or running has been bought; one being built is left to the status rules.
  const done = !/^(build|building)$/.test(t[verb]!.lower);
  return pairs(agentsFrom(v, buyer), [maker], { type: 'hardware_purchase', sentence: s, trigger: k, amount: null, strength: 0.5, ...(done ? { status: 'completed' as const } : {}) });
};

/** Trigger handler for a purchase committed to by its size: "Anthropic has committed to up to a gigawatt of Nvidia systems". */
import { agentsFrom, subjectOf } from './frame-args.js';
import { findHardware, findWord, words } from './frame-words.js';
import { COMPUTE, sellerOf } from './frames-purchase.js';
import { pairs, sectorOf, type FrameHandler } from './frame.js';

const UNITS = new Set(['GW', 'MW', 'GPUs', 'chips']);

/**
 * "X has committed to up to a gigawatt of Y systems", "committed to $2 billion of Y's capacity": a
 * commitment measured in capacity or money, of a maker's hardware or a provider's compute.
 */
export const committedTo: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (t[k + 1]?.lower !== 'to') return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 12);
  const of = findWord(v, k + 2, end, words('of'));
  if (of < 0) return [];
  const q = v.quantityAt[of - 1];
  const a = v.amountAt[of - 1];
  if (!(q && UNITS.has(q.value.unit)) && !(a && !c.taken.has(a))) return [];
  const h = findHardware(v, of + 1, Math.min(end, of + 7));
  const comp = findWord(v, of + 1, Math.min(end, of + 7), COMPUTE);
  const noun = h >= 0 && (comp < 0 || h < comp) ? h : comp;
  if (noun < 0) return [];
  const buyer = subjectOf(v, s, k);
  if (!buyer) return [];
  const seller = sellerOf(c, noun, noun !== h, buyer);
  if (!seller) return [];
  const amount = a && !c.taken.has(a) ? a : null;
  // NOTE: "a gigawatt of Nvidia-based computing": computing from a chipmaker is its hardware.
  const maker = ['chips', 'hardware'].includes(sectorOf(v, seller) ?? '');
  return pairs(agentsFrom(v, buyer), [seller], { type: noun === h || maker ? 'hardware_purchase' : 'compute_purchase', sentence: s, trigger: k, amount, strength: 0.6 });
};

/** Capacity bought by its power on a maker's systems: "committed to a gigawatt of capacity on Nvidia's Vera Rubin systems". */
import type { Mention } from './doc-view.js';
import { agentBefore, agentsFrom } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findHardware, findWord, words } from './frame-words.js';
import { isCloud } from './frames-purchase.js';
import { pairs, sameParty, usable, type FrameContext, type FrameHandler } from './frame.js';

/** Verbs that take power as what is bought. */
const TAKE = words('buy buys buying bought acquire acquires acquired acquiring purchase purchases purchased commit commits committed committing take takes took taking use uses using deploy deploys deployed secure secures secured reserve reserves reserved contracted access');
const STOPS = words(', ; : which that while but');

/** The company whose hardware the noun at h names, looking back to `from`: "Nvidia's Grace Blackwell systems" → Nvidia. */
function makerOf(c: FrameContext, from: number, h: number): Mention | null {
  const { v } = c;
  let product: Mention | null = null;
  for (let j = h - 1; j > from; j--) {
    const m = v.mentionAt[j];
    if (!m || m.tok !== j) continue;
    if (m.kind === 'product') product ??= m;
    else return usable(m) && m.kind !== 'pronoun' ? m : null;
  }
  return product?.entityId ? product : null;
}

/**
 * "Anthropic has committed to acquire up to one gigawatt of Nvidia's Grace Blackwell systems",
 * "will buy one gigawatt of compute built on Nvidia's systems": the systems' maker sells.
 */
export const powerOn: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const q = v.quantityAt[k];
  if ((q && q.tokEnd - 1 !== k) || t[k + 1]?.lower !== 'of') return [];
  // NOTE: "an initial gigawatt": a singular unit with an article is one.
  const qTok = q ? q.tok : /^(a|an|one)$/.test(t[k - 1]?.lower ?? '') ? k - 1 : /^(a|an|one)$/.test(t[k - 2]?.lower ?? '') ? k - 2 : -1;
  if (qTok < 0) return [];
  const start = v.sentTok[s]!;
  const verb = findWord(v, Math.max(start, qTok - 6), qTok, TAKE);
  if (verb < 0) return [];
  const end = Math.min(v.sentTok[s + 1]!, k + 16);
  let stop = findWord(v, k + 1, end, STOPS);
  if (stop < 0) stop = end;
  let h = findHardware(v, k + 1, stop);
  // NOTE: "from Cerebras Systems": a word of a company's name is no hardware.
  while (h >= 0 && v.mentionAt[h] && v.mentionAt[h]!.kind !== 'product') h = findHardware(v, h + 1, stop);
  if (h < 0) return [];
  const seller = makerOf(c, k, h);
  const buyer = agentBefore(v, s, verb);
  if (!seller || !buyer || sameParty(buyer, seller)) return [];
  const type = isCloud(v, seller) ? 'compute_purchase' : 'hardware_purchase';
  // NOTE: "has committed to a gigawatt of Nvidia systems" promises a purchase; no contract is named.
  const promised = /^commit/.test(t[verb]!.lower);
  // NOTE: the verb is the trigger, as for other commitments: its tense and mood are the deal's.
  const base = { type, sentence: s, trigger: verb, amount: amountIn(v, verb + 1, qTok, c.taken), strength: 0.65 } as const;
  return pairs(agentsFrom(v, buyer), [seller], { ...base, ...(q ? { capacity: q } : {}), ...(promised ? { status: 'announced' as const } : {}) });
};

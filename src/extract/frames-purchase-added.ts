/** Trigger handler for a company added to a roster: "OpenAI has added Google Cloud to the providers supplying it". */
import { directObject, subjectOf } from './frame-args.js';
import { findWord, words } from './frame-words.js';
import { pairs, purchaseTypeFor, sameParty, type Frame, type FrameHandler } from './frame.js';

const SELLERS = words('suppliers supplier providers provider vendors vendor');
const BUYERS = words('customers customer clients client tenants tenant');
const INVESTORS = words('investors investor backers backer shareholders shareholder');

/**
 * "X added Y to its list of suppliers", "Nebius adds Meta to a roster of customers", "X has added Y to
 * the providers supplying it with computing capacity": Y takes the role for the subject.
 */
export const addedTo: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const added = directObject(v, s, k, 2);
  const last = added.at(-1);
  // NOTE: "added Google Cloud as a supplier of computing capacity", "adds Y to a roster of customers".
  if (!last || !/^(to|as)$/.test(t[last.tokEnd]?.lower ?? '')) return [];
  const end = Math.min(v.sentTok[s + 1]!, last.tokEnd + 7);
  const role = findWord(v, last.tokEnd + 1, end, new Set([...SELLERS, ...BUYERS, ...INVESTORS]));
  if (role < 0 || findWord(v, last.tokEnd + 1, role, words(', ; which that')) >= 0) return [];
  const owner = subjectOf(v, s, k);
  if (!owner) return [];
  const members = added.filter((m) => !sameParty(m, owner));
  const w = t[role]!.lower;
  const base = { sentence: s, trigger: k, amount: null, strength: 0.55 };
  const out: Frame[] = [];
  for (const m of members) {
    if (SELLERS.has(w)) out.push(...pairs([owner], [m], { ...base, type: purchaseTypeFor(v, m) }));
    else if (BUYERS.has(w)) out.push(...pairs([m], [owner], { ...base, type: purchaseTypeFor(v, owner) }));
    else out.push(...pairs([m], [owner], { ...base, type: 'equity_investment', status: 'completed' }));
  }
  return out;
};

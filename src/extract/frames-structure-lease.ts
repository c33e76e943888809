/** Site leases whose lessor an earlier sentence names ("X has signed a lease for the whole site") and lease payments owed to a landlord. */
import type { Mention } from './doc-view.js';
import { mentionStartingNear, possessorBefore, subjectOf } from './frame-args.js';
import { amountIn } from './frame-values.js';
import { findWord, words } from './frame-words.js';
import { pairs, usable, type FrameContext, type FrameHandler } from './frame.js';
import { recentVenture, siteOwners } from './frames-structure.js';

/** Real estate a lease may cover. */
const SITES = words('site sites building buildings campus campuses facility facilities premises property properties');
/** How many sentences back the developer of the leased site is looked for. */
const SITE_WINDOW = 3;

/**
 * A lease of a site the text has already placed: "Oracle has signed a 15-year lease for the whole
 * site" (the venture that owns the site, named in the sentences before), "Oracle has agreed to lease
 * both campuses" (the developer of the campuses: "campuses being developed by Y"). Typed "other".
 */
export const leaseInContext: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  const end = v.sentTok[s + 1]!;
  // The site: "a lease for the whole site" (noun), "to lease both campuses" (verb).
  const start = /^leases?$/.test(t[k]!.lower) && /^(for|on|of)$/.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  let site = -1;
  for (let j = start; j < Math.min(end, start + 4); j++) {
    if (SITES.has(t[j]!.lower)) site = j;
    else if (!/^(the|both|all|whole|entire|two|three|four|those|these|its|their|of|that|this)$/.test(t[j]!.lower)) break;
  }
  // NOTE: an explicit lessor in the sentence is leaseSite's business ("from", "with", "run by").
  if (site < 0 || findWord(v, k + 1, end, words('from with by')) >= 0) return [];
  const lessee = subjectOf(v, s, k);
  if (!lessee) return [];
  const lessor = siteDeveloper(c, site) ?? recentVenture(c, v.sentTok[s]!);
  if (!lessor) return [];
  return pairs([lessee], [lessor], { type: 'other', sentence: s, trigger: k, amount: null, strength: 0.6 });
};

/** The company an earlier sentence says develops, builds or owns the sites ("campuses being developed by Y"). */
function siteDeveloper(c: FrameContext, site: number): Mention | null {
  const { v, s } = c;
  const head = v.tokens[site]!.lower.replace(/s$/, '');
  for (let i = s - 1; i >= Math.max(0, s - SITE_WINDOW); i--) {
    for (let j = v.sentTok[i]!; j < v.sentTok[i + 1]!; j++) {
      if (v.tokens[j]!.lower.replace(/s$/, '') !== head) continue;
      const owners = siteOwners({ ...c, s: i }, j + 1, j + 6);
      if (owners.length === 1) return owners[0]!;
    }
  }
  return null;
}

/**
 * "more than $10 billion of lease payments it is due to make to Core Scientific", "its rent payments to
 * Y": lease or hosting payments from the payer to the landlord (other).
 */
export const leasePayments: FrameHandler = (c, k) => {
  const { v, s } = c;
  const t = v.tokens;
  if (!/^(lease|rent|rental|hosting)$/.test(t[k - 1]?.lower ?? '')) return [];
  // NOTE: "payments it is due to make to Y": the "to" that a company follows.
  let to = -1;
  for (let j = k + 1; j < Math.min(v.sentTok[s + 1]!, k + 10) && to < 0; j++) if (t[j]!.lower === 'to' && usable(mentionStartingNear(v, j + 1, 1))) to = j;
  if (to < 0 || findWord(v, k + 1, to, words(', ; which')) >= 0) return [];
  const lessor = mentionStartingNear(v, to + 1, 1);
  if (!usable(lessor) || lessor.possessive) return [];
  // The payer: "payments it is due to make", "its lease payments", else the clause's subject.
  let payer: Mention | null = null;
  for (let j = k + 1; j < to && !payer; j++) if (v.mentionAt[j] && usable(v.mentionAt[j]) && !v.mentionAt[j]!.possessive) payer = v.mentionAt[j]!;
  payer ??= possessorBefore(v, k - 1, 2) ?? subjectOf(v, s, k);
  if (!payer) return [];
  const amount = amountIn(v, Math.max(v.sentTok[s]!, k - 7), k, c.taken);
  // NOTE: lease payments owed to a landlord presuppose a lease in force.
  return pairs([payer], [lessor], { type: 'other', sentence: s, trigger: k, amount, strength: 0.6, status: 'signed' });
};

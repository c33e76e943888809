/** Who a sentence credits: another outlet, anonymous sources, the companies, a filing, an executive. */
import type { Attribution, AttributionKind } from '../core/claim.js';
import { mentionsIn, type DocView } from './doc-view.js';

const SAY = /^\s*(?:,\s*)?(?:on \w+ )?(?:reported|reports|said|says|wrote|writes|noted|notes|has learned|learned|reporting|revealed|first reported|initially reported)\b/i;
const BEFORE_OUTLET = /\b(?:according to|told|informed|tells|citing|per|reported by|in an interview with|speaking to|said to|cited by)\s+(?:the\s+)?$/i;
const FIRST = /\b(?:as |was )?(?:first|initially|originally) reported by\s+$/i;
const BROKE = /^\s*,?\s*(?:which was |who was )?credited with (?:initially |first )?breaking (?:the|this) (?:story|news)/i;
const ANONYMOUS = /\b((?:(?:multiple|several|two|three|four|many|other)\s+)?(?:people|persons?|sources?|insiders?|officials?)\s+(?:familiar|briefed|close|with (?:direct )?knowledge)[^,.;]{0,60}|a source[^,.;]{0,60}|(?:on )?condition of anonymity|anonymous sources?|sources said|according to sources)/i;
const STATEMENT = /\b(?:the (?:two )?(?:companies|company|firms?|organi[sz]ations|pair)|both companies|the two|they)\s+(?:said|say|announced|confirmed|stated)\b|\bin a (?:joint )?(?:statement|press release|blog post|news release)\b|\bsaid in a statement\b/i;
/** Words every STATEMENT match holds (a cheap test before the pattern). */
const STATEMENT_WORDS = ['said', 'say', 'announced', 'confirmed', 'state', 'release', 'blog post'];
const FILING = /\b(?:regulatory filing|securities filing|in a filing|filings?\s+with|8-K|10-K|10-Q|prospectus|Securities and Exchange Commission)\b/;
const ANALYST = /\banalysts?\b[^.]{0,60}\b(?:said|say|estimate|estimated|expect)\b/i;

interface Found {
  kind: AttributionKind;
  source?: string;
  repeats?: string;
}

/**
 * The attribution a sentence carries, or null when it credits nobody.
 * `ownOutlet` is the document's outlet: citing it is the journalist's own reporting, not a repeat.
 */
export function sentenceAttribution(v: DocView, s: number, ownOutlet: string | null): Attribution | null {
  const sent = v.sentences[s]!;
  const text = sent.text;
  const found: Found = { kind: 'journalist' };
  let any = false;
  for (const m of mentionsIn(v, s)) {
    if (!m.outlet) continue;
    const before = v.text.slice(Math.max(sent.start, m.start - 40), m.start);
    const after = v.text.slice(m.end, Math.min(sent.end, m.end + 60)).replace(/^(?:'s|’s)/, '');
    const name = m.name;
    const own = !!ownOutlet && ownOutlet.toLowerCase() === name.toLowerCase();
    if (FIRST.test(before) || BROKE.test(after)) {
      if (!own) found.repeats = name;
      any = true;
      continue;
    }
    if (SAY.test(after) || BEFORE_OUTLET.test(before) || /^\s*(?:'s|’s)?\s*report/i.test(after)) {
      if (!own) {
        found.kind = 'other_outlet';
        found.source = name;
        found.repeats ??= name;
      }
      any = true;
    }
  }
  const lower = text.toLowerCase();
  const anon = ['familiar', 'source', 'anonym', 'briefed', 'insider', 'knowledge', 'close to'].some((w) => lower.includes(w)) ? ANONYMOUS.exec(text) : null;
  if (anon) {
    found.kind = 'anonymous_sources';
    found.source = anon[1]!.trim();
    any = true;
  }
  const statement = (STATEMENT_WORDS.some((w) => lower.includes(w)) ? STATEMENT.exec(text) : null) ?? companySays(v, s);
  if (statement && !anon) {
    found.kind = 'company_statement';
    found.source = typeof statement === 'string' ? statement : statement[0];
    any = true;
  }
  if (/filing|8-K|10-[KQ]|prospectus|Securities/.test(text) && FILING.test(text)) {
    found.kind = 'filing';
    found.source = FILING.exec(text)![0];
    any = true;
  }
  const exec = !anon && !statement ? personSays(v, s) : null;
  if (exec) {
    found.kind = 'named_executive';
    found.source = exec;
    any = true;
  }
  if (!any && lower.includes('analyst') && ANALYST.test(text)) {
    found.kind = 'analyst';
    found.source = 'analysts';
    any = true;
  }
  if (!any) return null;
  return { kind: found.kind, ...(found.source ? { source: found.source } : {}), ...(found.repeats ? { repeats: found.repeats } : {}) };
}

/** "OpenAI said", "Microsoft confirmed": a company speaking for itself. */
function companySays(v: DocView, s: number): string | null {
  for (const m of mentionsIn(v, s)) {
    if (m.outlet || !m.entityId || m.possessive) continue;
    const after = v.text.slice(m.end, m.end + 30);
    if (/^\s*(?:,\s*)?(?:said|says|announced|confirmed|stated)\b/i.test(after)) return m.name;
  }
  return null;
}

/** "Altman said", "Nadella told investors". */
function personSays(v: DocView, s: number): string | null {
  for (const p of v.persons) {
    if (p.sentence !== s) continue;
    const after = v.text.slice(p.end, p.end + 40);
    if (/^\s*(?:,[^,]{0,40},\s*)?(?:said|says|told|wrote|added|noted)\b/i.test(after)) return p.name;
  }
  return null;
}

/**
 * The attribution of sentence s: its own, else the last one earlier in its paragraph, else the
 * document's lead attribution (with the outlet the document repeats). Computed on demand.
 */
export function attributionsBySentence(v: DocView, ownOutlet: string | null): (s: number) => Attribution {
  const own = new Map<number, Attribution | null>();
  const at = (s: number) => {
    if (!own.has(s)) own.set(s, sentenceAttribution(v, s, ownOutlet));
    return own.get(s)!;
  };
  let lead: Attribution | null | undefined;
  let repeats: string | undefined;
  const fallback = (): Attribution => {
    if (lead === undefined) {
      lead = null;
      // NOTE: only a sentence naming an outlet can say whom the document repeats: past the last one, stop once the lead is found.
      let lastOutlet = -1;
      for (let s = 0; s < v.sentences.length; s++) if (mentionsIn(v, s).some((m) => m.outlet)) lastOutlet = s;
      for (let s = 0; s < v.sentences.length && (!lead || (!repeats && s <= lastOutlet)); s++) {
        const a = at(s);
        if (a && !lead) lead = a;
        if (a?.repeats && !repeats) repeats = a.repeats;
      }
    }
    return lead
      ? { kind: lead.kind, ...(lead.source ? { source: lead.source } : {}), ...(repeats ? { repeats } : {}) }
      : { kind: 'journalist', ...(ownOutlet ? { source: ownOutlet } : {}) };
  };
  return (s: number) => {
    let pick: Attribution | null = null;
    for (let k = s; k >= 0 && v.sentences[k]?.paragraph === v.sentences[s]?.paragraph && !pick; k--) pick = at(k);
    const chosen = pick ?? fallback();
    if (chosen.repeats) return chosen;
    fallback();
    return repeats ? { ...chosen, repeats } : chosen;
  };
}

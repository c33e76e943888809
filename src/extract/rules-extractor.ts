/** The offline extractor: rules over sentences, values, mentions and coreference; deterministic and fast. */
import type { SourceDocument } from '../core/document.js';
import type { CompanyFigure } from '../core/figure.js';
import { figureId } from '../core/ids.js';
import { attributionsBySentence } from './attribution.js';
import { buildView } from './build-view.js';
import { findFigures, type FigureFinding } from './company-figures.js';
import { findFrames } from './deal-frames.js';
import { retypeFrames } from './frame-retype.js';
import type { DocView, Mention } from './doc-view.js';
import type { ExtractContext, ExtractedMention, ExtractionResult, Extractor } from './extractor.js';
import { investeesBySentence, mergeClaims } from './merge-claims.js';
import { pairBackoffFrames, shippedPairModel } from './pair-backoff.js';

/** The origin string every claim and figure of this extractor carries. */
export const RULES_ORIGIN = 'rules@1';

/** Whether the learned pair back-off runs when the context does not say (see docs/extraction-backoff.md). */
export const PAIR_BACKOFF_DEFAULT = false;

/**
 * Extract claims and company figures from one document, synchronously.
 * @example extractWithRules(doc, { gazetteer }).claims.map((c) => `${c.from.name} → ${c.to.name}`)
 */
export function extractWithRules(doc: SourceDocument, ctx: ExtractContext): ExtractionResult {
  const v = buildView(doc.text, doc.publishedAt, ctx.gazetteer);
  const warnings: string[] = [];
  if (!v.sentences.length) warnings.push(`document ${doc.id} has no text to read`);
  const { figures, taken } = findFigures(v);
  const ruled = retypeFrames(v, findFrames(v, taken));
  const backoff = ctx.pairBackoff ?? PAIR_BACKOFF_DEFAULT;
  // NOTE: the back-off's frames go in before merging, so status, attribution and evidence come from the same code.
  const frames = backoff ? [...ruled, ...pairBackoffFrames(v, ruled, backoff === true ? shippedPairModel() : backoff)] : ruled;
  const investees = investeesBySentence(v, ruled, figures);
  const claims = mergeClaims(v, frames, {
    doc,
    recordedAt: ctx.now ?? doc.publishedAt ?? doc.retrievedAt,
    attributionOf: attributionsBySentence(v, doc.outlet),
    investees,
  });
  for (const c of claims) {
    for (const p of [c.from, c.to]) if (!p.id) warnings.push(`"${p.name}" is not in the gazetteer (claim ${c.id})`);
  }
  return { claims, figures: companyFigures(v, doc, figures, investees), mentions: mentionsOf(v), warnings: [...new Set(warnings)] };
}

function companyFigures(v: DocView, doc: SourceDocument, found: readonly FigureFinding[], investees: readonly (Mention | null)[]): CompanyFigure[] {
  const out: CompanyFigure[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const entity = f.entity?.entityId ?? investees[f.sentence]?.entityId ?? null;
    if (!entity) continue;
    const a = f.amount.value;
    const key = `${entity}|${f.kind}|${a.lower}|${a.upper}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = v.sentences[f.sentence]!;
    out.push({
      id: figureId(`${doc.id}#f${out.length + 1}`),
      entityId: entity,
      kind: f.kind,
      amount: a,
      documentId: doc.id,
      evidence: [{ quote: s.text, start: s.start, end: s.end }],
      publishedAt: doc.publishedAt,
      origin: RULES_ORIGIN,
    });
  }
  return out;
}

function mentionsOf(v: DocView): ExtractedMention[] {
  return v.mentions
    .filter((m) => m.entityId !== null || m.kind === 'unknown')
    .map((m) => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId, name: m.name || m.text, kind: m.kind }));
}

/** The offline extractor behind the `Extractor` port. */
export const rulesExtractor: Extractor = {
  name: RULES_ORIGIN,
  extract: (doc, ctx) => Promise.resolve(extractWithRules(doc, ctx)),
};

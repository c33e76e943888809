/** Scoring extracted claims against gold articles: (from, to, type) after roll-up, then amounts and statuses. */
import { z } from 'zod';
import type { Amount } from '../core/amount.js';
import type { PartyRef } from '../core/claim.js';
import { DataError } from '../core/errors.js';
import { entityId } from '../core/ids.js';
import type { ExtractionResult } from './extractor.js';
import { rollUp, type Gazetteer } from './gazetteer.js';

const GoldAmountSchema = z.object({
  lower: z.number().nullable().optional(),
  lowerInclusive: z.boolean().optional(),
  upper: z.number().nullable().optional(),
  upperInclusive: z.boolean().optional(),
  mayBeZero: z.boolean().optional(),
  currency: z.string().optional(),
  period: z.string().optional(),
  basis: z.string().optional(),
});
const GoldFileSchema = z.object({
  claims: z.array(z.object({
    from: z.string().min(1),
    to: z.string().min(1),
    type: z.string().min(1),
    amount: GoldAmountSchema.nullable().optional(),
    status: z.string().min(1),
    note: z.string().optional(),
  }).passthrough()),
  figures: z.array(z.object({ entity: z.string().min(1), kind: z.string().min(1), amount: GoldAmountSchema.nullable().optional() }).passthrough()).optional(),
}).passthrough();

export type GoldAmount = z.infer<typeof GoldAmountSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** Validate a parsed `NAME.expected.json`; throws DataError naming the first problem. */
export function parseGoldFile(json: unknown, name = 'gold file'): GoldFile {
  const r = GoldFileSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new DataError(`${name}: ${issue.path.join('.') || '(root)'} ${issue.message}; see test/fixtures/articles/README.md`, { file: name });
  }
  return r.data;
}

export interface EvaluationPair {
  readonly name?: string;
  readonly predicted: ExtractionResult;
  readonly gold: GoldFile;
  readonly gazetteer: Gazetteer;
}

/** A (from, to, type) triple after roll-up, as the scores compare them. */
export interface TripleRef {
  readonly article: string;
  readonly from: string;
  readonly to: string;
  readonly type: string;
}

export interface ArticleScore {
  readonly name: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly amountCorrect: number;
  readonly amountTotal: number;
  readonly statusCorrect: number;
  readonly statusTotal: number;
}

export interface Mismatch extends TripleRef {
  readonly field: 'amount' | 'status';
  readonly expected: string;
  readonly got: string;
}

export interface Evaluation {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of matched claims with a gold amount whose bounds agree (within 0.5 %) with inclusivity. */
  readonly amountAccuracy: number;
  readonly statusAccuracy: number;
  /** Company figures scored on (entity, kind) after roll-up. */
  readonly figures: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly perArticle: readonly ArticleScore[];
  readonly misses: readonly TripleRef[];
  readonly falsePositives: readonly TripleRef[];
  readonly mismatches: readonly Mismatch[];
}

const SUFFIX = /\b(inc|corp|corporation|ltd|limited|llc|plc|lp|co|holdings|ag|sa|se|nv)\b\.?/g;
const normName = (s: string) => s.toLowerCase().replace(SUFFIX, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function nameIndex(g: Gazetteer): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of g.entities.values()) {
    byName.set(normName(e.name), e.id);
    for (const a of e.aliases) if (!byName.has(normName(a.name))) byName.set(normName(a.name), e.id);
  }
  return byName;
}

/** A gold party ("openai", "?TeraWulf Inc.") as a comparable key. */
function goldKey(g: Gazetteer, names: Map<string, string>, party: string): string {
  if (party.startsWith('?')) {
    const id = names.get(normName(party.slice(1)));
    return id ? rollUp(g, entityId(id)) : `?${normName(party.slice(1))}`;
  }
  if (g.entities.has(entityId(party))) return rollUp(g, entityId(party));
  // NOTE: a gold id the gazetteer lacks ("scale-ai") compares as an unknown company name.
  const id = names.get(normName(party.replace(/-/g, ' ')));
  return id ? rollUp(g, entityId(id)) : `?${normName(party.replace(/-/g, ' '))}`;
}

function predKey(g: Gazetteer, names: Map<string, string>, p: PartyRef): string {
  if (p.id) return rollUp(g, p.id);
  const id = names.get(normName(p.name));
  return id ? rollUp(g, entityId(id)) : `?${normName(p.name)}`;
}

/**
 * Party keys as the evaluator compares them over one gazetteer: `gold` for a gold file's party ("openai",
 * "?TeraWulf Inc."), `name` for a company the text names (gazetteer names and aliases, else "?words").
 * @example const keys = partyKeys(g); keys.gold('?TeraWulf Inc.') === keys.name('TeraWulf')
 */
export function partyKeys(g: Gazetteer): { readonly gold: (party: string) => string; readonly name: (name: string) => string } {
  const names = nameIndex(g);
  return { gold: (party) => goldKey(g, names, party), name: (name) => predKey(g, names, { id: null, name }) };
}

function close(a: number | null | undefined, b: string | null): boolean {
  if (a === null || a === undefined) return b === null;
  if (b === null) return false;
  const x = Number(b);
  if (a === 0) return x === 0;
  return Math.abs(x - a) / Math.abs(a) <= 0.005;
}

/** Whether a predicted amount matches a gold one: both bounds within 0.5 % and the same inclusivity. */
export function amountMatches(gold: GoldAmount, got: Amount | null): boolean {
  if (!got) return false;
  if (gold.currency && gold.currency !== got.currency) return false;
  if (gold.lower !== undefined && !close(gold.lower, got.lower)) return false;
  if (gold.upper !== undefined && !close(gold.upper, got.upper)) return false;
  if (gold.lower !== null && gold.lower !== undefined && gold.lowerInclusive !== undefined && gold.lowerInclusive !== got.lowerInclusive) return false;
  if (gold.upper !== null && gold.upper !== undefined && gold.upperInclusive !== undefined && gold.upperInclusive !== got.upperInclusive) return false;
  return true;
}

const fmt = (a: GoldAmount | Amount | null | undefined) =>
  !a ? 'null' : `${a.lowerInclusive ? '[' : '('}${a.lower ?? '-inf'}, ${a.upper ?? 'inf'}${a.upperInclusive ? ']' : ')'}${a.mayBeZero ? ' or 0' : ''}`;

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Score predictions against gold articles. Claims match on (from, to, type) with subsidiaries
 * rolled up to their parents; amount and status accuracy are measured on the matched pairs.
 */
export function evaluate(pairs: readonly EvaluationPair[]): Evaluation {
  let tp = 0, fp = 0, fn = 0, amountOk = 0, amountN = 0, statusOk = 0, statusN = 0;
  let figTp = 0, figFp = 0, figFn = 0;
  const perArticle: ArticleScore[] = [];
  const misses: TripleRef[] = [];
  const falsePositives: TripleRef[] = [];
  const mismatches: Mismatch[] = [];
  pairs.forEach((pair, i) => {
    const article = pair.name ?? `#${i + 1}`;
    const g = pair.gazetteer;
    const names = nameIndex(g);
    const pred = pair.predicted.claims.map((c) => ({ c, key: `${predKey(g, names, c.from)}|${predKey(g, names, c.to)}|${c.type}`, used: false }));
    const a = { tp: 0, fp: 0, fn: 0, amountOk: 0, amountN: 0, statusOk: 0, statusN: 0 };
    for (const gc of pair.gold.claims) {
      const key = `${goldKey(g, names, gc.from)}|${goldKey(g, names, gc.to)}|${gc.type}`;
      const candidates = pred.filter((p) => !p.used && p.key === key);
      const [from, to, type] = key.split('|') as [string, string, string];
      if (!candidates.length) {
        a.fn++;
        misses.push({ article, from, to, type });
        continue;
      }
      const score = (p: (typeof pred)[number]) => (gc.amount ? (amountMatches(gc.amount, p.c.amount) ? 1 : 0) : 0) + (p.c.status === gc.status ? 1 : 0);
      const best = candidates.reduce((x, y) => (score(y) > score(x) ? y : x));
      best.used = true;
      a.tp++;
      a.statusN++;
      if (best.c.status === gc.status) a.statusOk++;
      else mismatches.push({ article, from, to, type, field: 'status', expected: gc.status, got: best.c.status });
      if (gc.amount) {
        a.amountN++;
        if (amountMatches(gc.amount, best.c.amount)) a.amountOk++;
        else mismatches.push({ article, from, to, type, field: 'amount', expected: fmt(gc.amount), got: fmt(best.c.amount) });
      }
    }
    for (const p of pred) {
      if (p.used) continue;
      a.fp++;
      const [from, to, type] = p.key.split('|') as [string, string, string];
      falsePositives.push({ article, from, to, type });
    }
    const goldFigs = (pair.gold.figures ?? []).map((f) => `${goldKey(g, names, f.entity)}|${f.kind}`);
    const predFigs = pair.predicted.figures.map((f) => `${rollUp(g, f.entityId)}|${f.kind}`);
    for (const k of new Set([...goldFigs, ...predFigs])) {
      const ng = goldFigs.filter((x) => x === k).length;
      const np = predFigs.filter((x) => x === k).length;
      figTp += Math.min(ng, np);
      figFp += Math.max(0, np - ng);
      figFn += Math.max(0, ng - np);
    }
    tp += a.tp; fp += a.fp; fn += a.fn;
    amountOk += a.amountOk; amountN += a.amountN; statusOk += a.statusOk; statusN += a.statusN;
    perArticle.push({
      name: article, truePositives: a.tp, falsePositives: a.fp, falseNegatives: a.fn,
      amountCorrect: a.amountOk, amountTotal: a.amountN, statusCorrect: a.statusOk, statusTotal: a.statusN,
    });
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const fp2 = ratio(figTp, figTp + figFp);
  const fr2 = ratio(figTp, figTp + figFn);
  return {
    precision, recall, f1: f1(precision, recall),
    amountAccuracy: ratio(amountOk, amountN), statusAccuracy: ratio(statusOk, statusN),
    figures: { precision: fp2, recall: fr2, f1: f1(fp2, fr2) },
    perArticle, misses, falsePositives, mismatches,
  };
}

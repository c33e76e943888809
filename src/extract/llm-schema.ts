/** The JSON an LLM must answer with: a zod schema, its JSON Schema for `response_format`, and a lenient parser. */
import { z } from 'zod';
import { AMOUNT_BASES, AMOUNT_QUALIFIERS } from '../core/amount.js';
import { ATTRIBUTION_KINDS } from '../core/claim.js';
import { DEAL_STATUSES } from '../core/deal-status.js';
import { DEAL_TYPES } from '../core/deal-type.js';
import { FIGURE_KINDS } from '../core/figure.js';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

// NOTE: every field is required in the JSON Schema (OpenAI strict mode wants nullable, not
// optional), but the parser fills defaults for the ones a lax server may leave out, so a
// missing `hedges` does not cost a repair round trip.
const figure = z.union([z.number(), z.string()]).nullable();

/** A money figure as the model reads it; the money parser re-reads `phrase` when it can. */
export const LlmAmountSchema = z.object({
  phrase: z.string().nullable().default(null),
  qualifier: enumOf(AMOUNT_QUALIFIERS),
  value: figure.default(null),
  upper: figure.default(null),
  currency: z.string().nullable().default(null),
  mayBeZero: z.boolean().default(false),
  basis: enumOf(AMOUNT_BASES).default('total'),
  period: z.string().nullable().default(null),
});

const date = z.string().nullable().default(null);

/** One deal claim as the model reports it, with the verbatim quote that supports it. */
export const LlmClaimSchema = z.object({
  type: enumOf(DEAL_TYPES),
  from: z.string(),
  to: z.string(),
  status: enumOf(DEAL_STATUSES),
  amount: LlmAmountSchema.nullable().default(null),
  stakePercent: z.number().nullable().default(null),
  dates: z
    .object({ announced: date, signed: date, completed: date })
    .default({ announced: null, signed: null, completed: null }),
  attribution: z
    .object({ kind: enumOf(ATTRIBUTION_KINDS), source: z.string().nullable().default(null) })
    .default({ kind: 'journalist', source: null }),
  hedges: z.array(z.string()).default([]),
  quote: z.string(),
  confidence: z.number().default(0.5),
});

/** A company figure (valuation, revenue, burn...) with its quote. */
export const LlmFigureSchema = z.object({
  company: z.string(),
  kind: enumOf(FIGURE_KINDS),
  amount: LlmAmountSchema,
  period: z.string().nullable().default(null),
  quote: z.string(),
});

/** The whole answer. */
export const LlmResponseSchema = z.object({
  claims: z.array(LlmClaimSchema),
  figures: z.array(LlmFigureSchema).default([]),
});

export type LlmAmount = z.infer<typeof LlmAmountSchema>;
export type LlmClaim = z.infer<typeof LlmClaimSchema>;
export type LlmFigure = z.infer<typeof LlmFigureSchema>;
export type LlmResponse = z.infer<typeof LlmResponseSchema>;

/** Drop the keywords some servers reject in a `response_format` schema (`$schema`, `default`). */
function stripKeywords(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripKeywords);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || k === 'default') continue;
    out[k] = stripKeywords(v);
  }
  return out;
}

let cached: Record<string, unknown> | null = null;

/**
 * The JSON Schema of `LlmResponseSchema` for `response_format: { type: 'json_schema' }`:
 * every property required, `additionalProperties: false` on every object.
 */
export function llmJsonSchema(): Record<string, unknown> {
  cached ??= stripKeywords(z.toJSONSchema(LlmResponseSchema, { io: 'output' })) as Record<
    string,
    unknown
  >;
  return cached;
}

/** The outcome of reading a model's answer. */
export type LlmParse =
  | { readonly ok: true; readonly value: LlmResponse }
  | { readonly ok: false; readonly problems: string };

/** Take the JSON out of a reply: the whole text, a ```json fence, or the outermost braces. */
function jsonText(content: string): string {
  const trimmed = content.trim();
  const fence = /```(?:json|JSON)?[ \t]*\n?([\s\S]*?)```/.exec(trimmed);
  if (fence?.[1] !== undefined) return fence[1].trim();
  if (trimmed.startsWith('{')) return trimmed;
  const first = trimmed.indexOf('{');
  const last = trimmed.lastIndexOf('}');
  return first >= 0 && last > first ? trimmed.slice(first, last + 1) : trimmed;
}

/**
 * Parse and validate a model's reply. Problems come back as text fit to send back to the
 * model in a repair request.
 * @example parseLlmResponse('```json\n{"claims":[]}\n```') // { ok: true, value: { claims: [], figures: [] } }
 */
export function parseLlmResponse(content: string): LlmParse {
  let data: unknown;
  try {
    data = JSON.parse(jsonText(content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: `the reply is not valid JSON (${reason})` };
  }
  const parsed = LlmResponseSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: z.prettifyError(parsed.error) };
}

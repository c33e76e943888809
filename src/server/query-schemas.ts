/** Zod schemas for the query parameters the API shares with the CLI: view, filters, graph options. */
import { z } from 'zod';
import { AMOUNT_POLICIES } from '../core/amount.js';
import { DEAL_STATUSES } from '../core/deal-status.js';
import { DEAL_TYPES } from '../core/deal-type.js';
import { ENTITY_KINDS } from '../core/entity.js';
import { type IsoDate, isIsoDate } from '../core/fuzzy-date.js';

/** A comma-separated list of enum values ("announced,signed"); repeated parameters are joined first. */
export function csvEnum<T extends string>(values: readonly T[], description: string) {
  return z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)))
    .optional()
    .meta({ description: `${description}; comma-separated, any of: ${values.join(', ')}` });
}

/** A date at year, month or day precision. */
export const isoDate = (description: string) =>
  z
    .string()
    .refine((v) => isIsoDate(v), { message: 'not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)' })
    .transform((v) => v as IsoDate)
    .meta({ description: `${description} (YYYY-MM-DD, YYYY-MM or YYYY)` });

/** "true"/"false" (also 1/0, yes/no). */
export const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional()
    .meta({ description: `${description} (true or false)` });

/** A whole number within bounds, given as a string. */
export const intParam = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'not a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .meta({ description: `${description} (${min}–${max})` });

/** An id (deal slugs, claim ids such as "doc_ab12#c3", edited claims "…~2026…"): no spaces, slashes or control characters. */
export const idParam = (what: string) =>
  z
    .string()
    .min(1)
    .max(300)
    .regex(/^[^\s/\\\p{Cc}]+$/u, { message: `not a valid ${what} id` })
    .meta({ description: `${what} id` });

/** `asOf` and `includeUnreviewed`: which state of the ledger a read sees. */
export const viewQuery = {
  asOf: isoDate(
    'what was known on this date: claims published and judgements made by then',
  ).optional(),
  includeUnreviewed: flag('also count claims nobody has reviewed yet (trusted automatic mode)'),
};

export const companiesQuery = z.object({
  kind: csvEnum(ENTITY_KINDS, 'only these kinds'),
});

/** The same filters as `roundtrip deals`. */
export const dealsQuery = z.object({
  ...viewQuery,
  company: z.string().min(1).max(200).optional().meta({
    description: 'deals where this company (or a subsidiary) is a party: id, name or ticker',
  }),
  types: csvEnum(DEAL_TYPES, 'deal types'),
  statuses: csvEnum(DEAL_STATUSES, 'statuses'),
  from: isoDate('first reported on or after this date').optional(),
  to: isoDate('first reported on or before this date').optional(),
});

export const dealQuery = z.object({ ...viewQuery });

/** The graph view options (as `roundtrip loops` and `metrics` take them). */
export const graphQueryShape = {
  ...viewQuery,
  statuses: csvEnum(
    DEAL_STATUSES,
    'statuses included (default: announced, signed, completed, amended)',
  ),
  types: csvEnum(DEAL_TYPES, 'deal types included (default: all)'),
  view: z.enum(['money', 'value']).optional().meta({
    description: 'money: cash legs only, arrows point the way money goes; value: every leg',
  }),
  policy: z.enum(AMOUNT_POLICIES).optional().meta({
    description: 'which value of each amount range: low, stated or high (default stated)',
  }),
  rollup: flag('merge subsidiaries into their parent, e.g. AWS into Amazon (default true)'),
  from: isoDate('keep legs whose dates overlap a window starting on this date').optional(),
  to: isoDate('keep legs whose dates overlap a window ending on this date').optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .meta({ description: 'currency of the amounts counted (default USD)' }),
};
export const graphQuery = z.object(graphQueryShape);

export const loopsQuery = z.object({
  ...graphQueryShape,
  maxLength: intParam(2, 12, 'longest loop in hops (default 6)'),
  minAmount: z
    .string()
    .regex(/^\d+$/)
    .transform((v) => BigInt(v))
    .optional()
    .meta({
      description: 'drop hops whose disclosed total is below this, in whole currency units',
    }),
  through: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'only loops through this company (id, name or ticker)' }),
  limit: intParam(0, 10_000, 'at most this many loops, largest first'),
  windowDays: intParam(
    0,
    100_000,
    'only loops whose legs can be taken in date order within this many days',
  ),
});

export const diffQuery = z.object({
  from: isoDate('the earlier date'),
  to: isoDate('the later date'),
  includeUnreviewed: viewQuery.includeUnreviewed,
});

export type GraphQuery = z.output<typeof graphQuery>;
export type DealsQuery = z.output<typeof dealsQuery>;
export type LoopsQuery = z.output<typeof loopsQuery>;

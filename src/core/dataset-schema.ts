/**
 * The bundled dataset's file format (data/*.json): zod schemas for entities, deals and
 * company figures, written for people to review and diff, validated at load time.
 */
import { z } from 'zod';
import { AMOUNT_BASES, AMOUNT_QUALIFIERS } from './amount.js';
import { ATTRIBUTION_KINDS } from './claim.js';
import { DEAL_STATUSES } from './deal-status.js';
import { ASSET_KINDS, DEAL_TYPES } from './deal-type.js';
import { DEAL_RELATION_KINDS } from './deal.js';
import { isDecimalString } from './decimal.js';
import { ENTITY_KINDS, SECTORS } from './entity.js';
import { FIGURE_KINDS } from './figure.js';
import { isIsoDate } from './fuzzy-date.js';
import { SLUG_PATTERN } from './ids.js';

const slug = z.string().regex(SLUG_PATTERN, 'must be a lower-case slug (letters, digits, hyphens)');
const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
const decimal = z
  .string()
  .refine(isDecimalString, 'must be a decimal number written as a string, e.g. "10000000000"')
  .refine((s) => !s.startsWith('-'), 'must not be negative');
const duration = z.string().regex(/^P(\d+Y)?(\d+M)?(\d+D)?$/, 'must be an ISO 8601 duration such as "P7Y"');

/** An amount as a curator writes it: qualifier + value (+ upper value for ranges). */
export const DatasetAmountSchema = z
  .object({
    text: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"').default('USD'),
    qualifier: z.enum(AMOUNT_QUALIFIERS as [string, ...string[]]),
    value: decimal.optional(),
    upperValue: decimal.optional(),
    mayBeZero: z.boolean().optional(),
    basis: z.enum(AMOUNT_BASES as [string, ...string[]]).optional(),
    period: duration.optional(),
    contingentOn: z.string().optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const needsValue = a.qualifier !== 'undisclosed' && a.qualifier !== 'none';
    if (needsValue && a.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `is required when qualifier is "${a.qualifier}"` });
    }
    if (a.qualifier === 'range' && a.upperValue === undefined) {
      ctx.addIssue({ code: 'custom', path: ['upperValue'], message: 'is required when qualifier is "range"' });
    }
    if (a.qualifier === 'range' && a.value !== undefined && a.upperValue !== undefined && Number(a.upperValue) < Number(a.value)) {
      ctx.addIssue({ code: 'custom', path: ['upperValue'], message: 'must not be below value' });
    }
  });
export type DatasetAmount = z.infer<typeof DatasetAmountSchema>;

const quantity = z
  .object({ value: decimal, text: z.string().min(1), qualifier: z.enum(AMOUNT_QUALIFIERS as [string, ...string[]]).optional() })
  .strict();

export const DatasetEntitySchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    kind: z.enum(ENTITY_KINDS as [string, ...string[]]),
    sector: z.enum(SECTORS as [string, ...string[]]).default('other'),
    aliases: z.array(z.union([z.string().min(1), z.object({ name: z.string().min(1), matchable: z.boolean() }).strict()])).default([]),
    identifiers: z
      .object({
        ticker: z.string().optional(),
        wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata id such as "Q2283"').optional(),
        lei: z.string().regex(/^[A-Z0-9]{20}$/, 'must be a 20-character LEI').optional(),
        domain: z.string().optional(),
      })
      .strict()
      .default({}),
    parents: z
      .array(z.object({ id: slug, relation: z.enum(['subsidiary', 'division', 'owner']), share: decimal.optional() }).strict())
      .default([]),
    products: z.array(z.string().min(1)).default([]),
    descriptors: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
  })
  .strict();
export type DatasetEntity = z.infer<typeof DatasetEntitySchema>;

export const DatasetSourceSchema = z
  .object({
    /** Outlet entity id when it is in the gazetteer. */
    outlet: z.string().min(1),
    date: isoDate,
    url: z.string().url('must be an absolute http(s) URL'),
    title: z.string().optional(),
    /** A short quote or paraphrase of what the source says about the deal. */
    quote: z.string().optional(),
    attribution: z.enum(ATTRIBUTION_KINDS as [string, ...string[]]).optional(),
    /** The outlet this source repeats, when it is a re-report. */
    repeats: z.string().optional(),
  })
  .strict();
export type DatasetSource = z.infer<typeof DatasetSourceSchema>;

export const DatasetLegSchema = z
  .object({
    from: slug,
    to: slug,
    asset: z.enum(ASSET_KINDS as [string, ...string[]]),
    carriesAmount: z.boolean().default(false),
    contingent: z.boolean().optional(),
  })
  .strict();

export const DatasetDealSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    type: z.enum(DEAL_TYPES as [string, ...string[]]),
    from: slug,
    to: slug,
    amount: DatasetAmountSchema.nullable().default(null),
    status: z.enum(DEAL_STATUSES as [string, ...string[]]),
    dates: z
      .object({ announced: isoDate.optional(), signed: isoDate.optional(), completed: isoDate.optional(), start: isoDate.optional(), end: isoDate.optional() })
      .strict()
      .default({}),
    terms: z
      .object({
        stakePercent: quantity.optional(),
        valuation: DatasetAmountSchema.optional(),
        capacityGW: quantity.optional(),
        shares: quantity.optional(),
        duration: duration.optional(),
        names: z.array(z.string()).optional(),
        description: z.string().optional(),
      })
      .strict()
      .default({}),
    /** Overrides the legs the type implies (e.g. cloud credits paid in kind). */
    legs: z.array(DatasetLegSchema).optional(),
    relations: z.array(z.object({ kind: z.enum(DEAL_RELATION_KINDS as [string, ...string[]]), deal: slug }).strict()).default([]),
    sources: z.array(DatasetSourceSchema).min(1, 'needs at least one source'),
    /** False when the facts file marked it unconfirmed; such deals are kept but flagged. */
    confirmed: z.boolean().default(true),
    notes: z.string().optional(),
    /** The row ids in shared/data this deal was built from ("E001"). */
    facts: z.array(z.string()).default([]),
  })
  .strict();
export type DatasetDeal = z.infer<typeof DatasetDealSchema>;

export const DatasetFigureSchema = z
  .object({
    id: slug,
    entity: slug,
    kind: z.enum(FIGURE_KINDS as [string, ...string[]]),
    amount: DatasetAmountSchema,
    /** The period it covers: "2025", "2025-06", or a range "2025/2029". */
    period: z.string().regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY/YYYY').optional(),
    source: DatasetSourceSchema,
    note: z.string().optional(),
  })
  .strict();
export type DatasetFigure = z.infer<typeof DatasetFigureSchema>;

/** The whole dataset: what `import`/`export --format json` read and write. */
export const DatasetSchema = z
  .object({
    format: z.literal('roundtrip-dataset'),
    version: z.literal(1),
    entities: z.array(DatasetEntitySchema),
    deals: z.array(DatasetDealSchema),
    figures: z.array(DatasetFigureSchema).default([]),
  })
  .strict();
export type Dataset = z.infer<typeof DatasetSchema>;

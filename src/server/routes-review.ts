/** Review routes: the inbox with its articles, and the actions accept, reject, edit, merge, split, undo. */
import { z } from 'zod';
import { parseAmount } from '../core/amount-parse.js';
import type { PartyRef } from '../core/claim.js';
import { DEAL_STATUSES } from '../core/deal-status.js';
import { DEAL_TYPES } from '../core/deal-type.js';
import { InputError } from '../core/errors.js';
import type { SourceDocument } from '../core/document.js';
import { fuzzyFromIso } from '../core/fuzzy-date.js';
import { claimId } from '../core/ids.js';
import { dealToJson } from '../core/json-view.js';
import { claimWithSource, documentRef } from '../ledger/deal-detail-json.js';
import type { Ledger } from '../ledger/ledger.js';
import { claimStandings } from '../resolve/deal-membership.js';
import {
  type ActionOptions,
  type ActionResult,
  type ClaimPatch,
  type InboxItem,
  acceptClaim,
  editClaim,
  mergeClaim,
  rejectClaim,
  reviewHistory,
  reviewInbox,
  splitClaim,
  undoAction,
} from '../ledger/review.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import { idParam, intParam, isoDate } from './query-schemas.js';

const claimParams = z.object({ id: idParam('claim') });
const versionField = z
  .number()
  .int()
  .min(0)
  .optional()
  .meta({ description: 'the deal version you saw; a newer stored version is a 409 conflict' });

/** A review action's options: who acts (recorded in the history) and the deal version seen. */
function actionOptions(actor: string, expectedVersion: number | undefined): ActionOptions {
  return { who: actor, ...(expectedVersion !== undefined ? { expectedVersion } : {}) };
}

/** An action's answer: the action (for undo) and the deal the claim now belongs to. */
export function actionToJson(r: ActionResult) {
  return { action: r.action, deal: r.deal ? dealToJson(r.deal) : null };
}

/** The inbox answer: the first `limit` items and their articles (full text), each article once. */
export function inboxToJson(all: readonly InboxItem[], limit: number) {
  const items = all.slice(0, limit);
  const documents = new Map<string, SourceDocument>();
  for (const i of items) if (i.document) documents.set(i.document.id, i.document);
  return {
    count: all.length,
    items: items.map((i) => ({
      claim: claimWithSource(i.claim, i.document ?? undefined),
      suggestedDeal: i.suggestedDeal,
      score: i.score,
      unsure: i.unsure,
    })),
    documents: Object.fromEntries(
      [...documents.values()].map((d) => [d.id, { ...documentRef(d), text: d.text }]),
    ),
  };
}

export const inboxRoute = defineRoute({
  method: 'get',
  path: '/review/inbox',
  tag: 'review',
  summary:
    'Claims awaiting review, each with its suggested deal; their articles (full text) once each',
  query: z.object({ limit: intParam(1, 1000, 'at most this many claims (default 200)') }),
  handler: async ({ ledger, query }) => inboxToJson(await reviewInbox(ledger), query.limit ?? 200),
});

export const historyRoute = defineRoute({
  method: 'get',
  path: '/review/history',
  tag: 'review',
  summary: 'Review actions, newest first (each can be undone once)',
  query: z.object({ limit: intParam(1, 1000, 'at most this many actions (default 50)') }),
  handler: async ({ ledger, query }) => ({
    actions: await reviewHistory(ledger, { limit: query.limit ?? 50 }),
  }),
});

export const acceptRoute = defineRoute({
  method: 'post',
  path: '/review/claims/:id/accept',
  tag: 'review',
  summary: 'Accept a claim: it counts on the map from now on (optionally into another deal first)',
  params: claimParams,
  body: z.object({ dealId: idParam('deal').optional(), expectedVersion: versionField }).strict(),
  handler: async ({ ledger, params, body, actor }) => {
    const opts = actionOptions(actor, body.expectedVersion);
    if (body.dealId) {
      const judgements = await ledger.store.listJudgements({ claimId: claimId(params.id) });
      if (claimStandings(judgements).get(claimId(params.id))?.dealId !== body.dealId)
        await mergeClaim(ledger, params.id, body.dealId, opts);
      return actionToJson(await acceptClaim(ledger, params.id, { who: actor }));
    }
    return actionToJson(await acceptClaim(ledger, params.id, opts));
  },
});

export const rejectRoute = defineRoute({
  method: 'post',
  path: '/review/claims/:id/reject',
  tag: 'review',
  summary: 'Reject a claim: it never counts (kept for the audit trail)',
  params: claimParams,
  body: z.object({ expectedVersion: versionField }).strict(),
  handler: async ({ ledger, params, body, actor }) =>
    actionToJson(await rejectClaim(ledger, params.id, actionOptions(actor, body.expectedVersion))),
});

export const mergeRoute = defineRoute({
  method: 'post',
  path: '/review/claims/:id/merge',
  tag: 'review',
  summary: 'Move a claim into an existing deal',
  params: claimParams,
  body: z.object({ dealId: idParam('deal'), expectedVersion: versionField }).strict(),
  handler: async ({ ledger, params, body, actor }) =>
    actionToJson(
      await mergeClaim(ledger, params.id, body.dealId, actionOptions(actor, body.expectedVersion)),
    ),
});

export const splitRoute = defineRoute({
  method: 'post',
  path: '/review/claims/:id/split',
  tag: 'review',
  summary: 'Take a claim out of its deal into a new deal of its own',
  params: claimParams,
  body: z.object({ expectedVersion: versionField }).strict(),
  handler: async ({ ledger, params, body, actor }) =>
    actionToJson(await splitClaim(ledger, params.id, actionOptions(actor, body.expectedVersion))),
});

const partyField = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: 'a company: id, name or ticker' });

/** The fields a reviewer can correct, in plain forms: amounts as phrases, parties by name, dates as ISO. */
export const claimPatchSchema = z
  .object({
    type: z.enum(DEAL_TYPES).optional(),
    from: partyField.optional(),
    to: partyField.optional(),
    amount: z.string().max(200).nullable().optional().meta({
      description: 'as a phrase ("about $10 billion", "up to $100B"); null for undisclosed',
    }),
    status: z.enum(DEAL_STATUSES).optional(),
    announced: isoDate('announcement date').optional(),
    signed: isoDate('signing date').optional(),
  })
  .strict();

async function party(ledger: Ledger, ref: string): Promise<PartyRef> {
  const e = await ledger.entity(ref);
  return { id: e.id, name: e.name };
}

/** Turn the plain patch into a claim patch (parties resolved, amount parsed). */
async function toClaimPatch(
  ledger: Ledger,
  p: z.output<typeof claimPatchSchema>,
  dates: ClaimPatch['dates'],
): Promise<ClaimPatch> {
  let amount: ClaimPatch['amount'];
  if (p.amount === null) amount = null;
  else if (p.amount !== undefined) {
    const parsed = parseAmount(p.amount);
    if (!parsed)
      throw new InputError(
        `edit: "${p.amount}" is not an amount; write it as reported, e.g. "about $10 billion"`,
        { field: 'amount', value: p.amount },
      );
    amount = parsed;
  }
  return {
    ...(p.type ? { type: p.type } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(p.from ? { from: await party(ledger, p.from) } : {}),
    ...(p.to ? { to: await party(ledger, p.to) } : {}),
    ...(amount !== undefined ? { amount } : {}),
    ...(p.announced || p.signed
      ? {
          dates: {
            ...dates,
            ...(p.announced ? { announced: fuzzyFromIso(p.announced) } : {}),
            ...(p.signed ? { signed: fuzzyFromIso(p.signed) } : {}),
          },
        }
      : {}),
  };
}

export const editRoute = defineRoute({
  method: 'post',
  path: '/review/claims/:id/edit',
  tag: 'review',
  summary:
    'Correct a claim: the original is kept (superseded) and an accepted copy with the changes joins its deal',
  params: claimParams,
  body: z.object({ patch: claimPatchSchema, expectedVersion: versionField }).strict(),
  handler: async ({ ledger, params, body, actor }) => {
    const claim = await ledger.store.getClaim(claimId(params.id));
    const patch = await toClaimPatch(ledger, body.patch, claim?.dates ?? {});
    return actionToJson(
      await editClaim(ledger, params.id, patch, actionOptions(actor, body.expectedVersion)),
    );
  },
});

export const undoRoute = defineRoute({
  method: 'post',
  path: '/review/actions/:id/undo',
  tag: 'review',
  summary: 'Undo one review action (once); the undo is itself recorded',
  params: z.object({ id: z.string().min(1).max(300).meta({ description: 'action id' }) }),
  body: z.object({}).strict().optional(),
  handler: async ({ ledger, params, actor }) =>
    actionToJson(await undoAction(ledger, params.id, { who: actor })),
});

export const reviewRoutes: readonly ApiRoute[] = [
  inboxRoute,
  historyRoute,
  acceptRoute,
  rejectRoute,
  editRoute,
  mergeRoute,
  splitRoute,
  undoRoute,
];

/**
 * The review inbox and its actions: accept, reject, edit, merge, split, undo. Every action is
 * recorded with who and when, bumps the affected deals' versions, and can be undone.
 */
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { Claim, ReviewState } from '../core/claim.js';
import type { Deal, Judgement } from '../core/deal.js';
import type { SourceDocument } from '../core/document.js';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { type ClaimId, type DealId, claimId as toClaimId, dealId as toDealId, judgementId } from '../core/ids.js';
import { claimStandings } from '../resolve/deal-membership.js';
import { dealSlug } from '../resolve/resolve-claims.js';
import type { ActionRecord, Store } from '../store/store.js';
import { actionId } from './action-id.js';
import type { Ledger } from './ledger.js';

/** One claim awaiting review, with where it came from and where resolution would put it. */
export interface InboxItem {
  readonly claim: Claim;
  readonly document: SourceDocument | null;
  readonly suggestedDeal: { readonly id: DealId; readonly title: string } | null;
  /** The resolution score of the suggestion, when there is one. */
  readonly score: number | null;
  /** True when resolution was unsure and a person must decide the deal. */
  readonly unsure: boolean;
}

/** What an action did. */
export interface ActionResult {
  readonly action: ActionRecord;
  /** The deal the claim now belongs to, consolidated including unreviewed claims. */
  readonly deal: Deal | null;
}

/** Which fields `editClaim` may change; everything else is kept from the original claim. */
export type ClaimPatch = Partial<Pick<Claim, 'type' | 'from' | 'to' | 'amount' | 'status' | 'dates' | 'terms' | 'attribution' | 'hedges'>>;

/** Who acts, recorded on the action, the review state and any judgement it makes. */
export interface ActorOptions {
  /** Default: the ledger's user ("cli", "human:ana"); the server passes "web". */
  readonly who?: string;
}

export interface ActionOptions extends ActorOptions {
  /** The deal version the user saw; a different stored version is a conflict. */
  readonly expectedVersion?: number;
}

async function claimOrThrow(store: Store, id: string): Promise<Claim> {
  const claim = await store.getClaim(toClaimId(id));
  if (!claim) throw new NotFoundError(`no claim "${id}"; run \`roundtrip review\` to list the inbox`, { id });
  return claim;
}

/** The unreviewed claims, oldest document first, each with its suggested deal. */
export async function reviewInbox(ledger: Ledger, opts: { limit?: number } = {}): Promise<InboxItem[]> {
  const snap = await ledger.snapshot();
  const standings = claimStandings(snap.judgements);
  const titles = new Map(snap.deals.map((d) => [d.id, d.title] as const));
  const items = snap.claims
    .filter((c) => c.review === 'unreviewed')
    .map((claim): InboxItem => {
      const s = standings.get(claim.id);
      const dealId = s?.dealId ?? s?.unsure[0] ?? null;
      const judgement = snap.judgements.find((j) => j.claimId === claim.id && j.dealId === dealId && j.deletedAt === null);
      const title = dealId ? (titles.get(dealId) ?? defaultTitle(claim)) : null;
      return {
        claim,
        document: snap.documents.get(claim.documentId) ?? null,
        suggestedDeal: dealId ? { id: dealId, title: title ?? dealId } : null,
        score: judgement?.score ?? null,
        unsure: !s?.dealId,
      };
    })
    .sort((a, b) => (a.claim.publishedAt ?? '').localeCompare(b.claim.publishedAt ?? '') || a.claim.id.localeCompare(b.claim.id));
  return opts.limit ? items.slice(0, opts.limit) : items;
}

function defaultTitle(c: Claim): string {
  return `${c.from.name} → ${c.to.name} ${DEAL_TYPE_INFO[c.type].label.toLowerCase()}`;
}

/** Bump a deal's version (optimistic concurrency): the second of two concurrent writers gets a ConflictError. */
async function touchDeal(tx: Store, dealId: DealId, expected: number | undefined, at: string): Promise<void> {
  const rec = await tx.getDealRecord(dealId);
  if (!rec) throw new NotFoundError(`no deal "${dealId}"`, { dealId });
  if (expected !== undefined && expected !== rec.version) {
    throw new ConflictError(
      `deal "${dealId}" changed while you were editing it (you saw version ${expected}, it is now version ${rec.version}); reload it and try again`,
      { dealId, expectedVersion: expected, actualVersion: rec.version },
    );
  }
  await tx.updateDeal(dealId, rec.version, {}, { at });
}

function currentDeal(judgements: readonly Judgement[], claimId: ClaimId): DealId | null {
  return claimStandings(judgements).get(claimId)?.dealId ?? null;
}

async function dealAfter(ledger: Ledger, dealId: DealId | null): Promise<Deal | null> {
  ledger.invalidate();
  if (!dealId) return null;
  const deals = await ledger.deals({ includeUnreviewed: true });
  return deals.find((d) => d.id === dealId) ?? null;
}

function newAction(ledger: Ledger, who: string, kind: string, target: string, payload: unknown, undoOf: string | null = null): ActionRecord {
  const at = ledger.now();
  return { id: actionId(kind), kind, who, at, target, payload, undoOf };
}

async function setState(ledger: Ledger, id: string, state: ReviewState, kind: string, opts: ActionOptions): Promise<ActionResult> {
  const claim = await claimOrThrow(ledger.store, id);
  if (claim.review === 'superseded') throw new ConflictError(`claim "${id}" was replaced by an edit; review the edited claim instead`, { id });
  const judgements = await ledger.store.listJudgements({ claimId: claim.id });
  const dealId = currentDeal(judgements, claim.id);
  const action = newAction(ledger, opts.who ?? ledger.user, kind, `claim:${claim.id}`, { before: claim.review, after: state, dealId });
  await ledger.store.transaction(async (tx) => {
    if (dealId) await touchDeal(tx, dealId, opts.expectedVersion, action.at);
    await tx.setReview(claim.id, state, { who: action.who, at: action.at });
    await tx.appendAction(action);
  });
  return { action, deal: await dealAfter(ledger, dealId) };
}

/** Accept a claim: it counts on the map from now on. */
export function acceptClaim(ledger: Ledger, id: string, opts: ActionOptions = {}): Promise<ActionResult> {
  return setState(ledger, id, 'accepted', 'review.accept', opts);
}

/** Reject a claim: it never counts (kept for the audit trail). */
export function rejectClaim(ledger: Ledger, id: string, opts: ActionOptions = {}): Promise<ActionResult> {
  return setState(ledger, id, 'rejected', 'review.reject', opts);
}

/** Move a claim into a deal (a human positive judgement), leaving any other deal. */
export async function mergeClaim(ledger: Ledger, id: string, dealId: string, opts: ActionOptions = {}): Promise<ActionResult> {
  const claim = await claimOrThrow(ledger.store, id);
  const target = toDealId(dealId);
  if (!(await ledger.store.getDealRecord(target))) throw new NotFoundError(`no deal "${dealId}"; run \`roundtrip deals\` to list them`, { dealId });
  return moveClaim(ledger, claim, target, 'review.merge', opts);
}

/** Take a claim out of its deal into a new deal of its own. */
export async function splitClaim(ledger: Ledger, id: string, opts: ActionOptions = {}): Promise<ActionResult> {
  const claim = await claimOrThrow(ledger.store, id);
  const taken = new Set((await ledger.store.listDealRecords()).map((d) => d.id as string));
  let newId = dealSlug(claim);
  for (let n = 2; taken.has(newId); n++) newId = `${dealSlug(claim)}-${n}`;
  return moveClaim(ledger, claim, toDealId(newId), 'review.split', opts, defaultTitle(claim));
}

async function moveClaim(ledger: Ledger, claim: Claim, target: DealId, kind: string, opts: ActionOptions, createTitle?: string): Promise<ActionResult> {
  const judgements = await ledger.store.listJudgements({ claimId: claim.id });
  const from = currentDeal(judgements, claim.id);
  if (from === target) throw new InputError(`claim "${claim.id}" is already in deal "${target}"`, { claimId: claim.id, dealId: target });
  const inForce = judgements.filter((j) => j.deletedAt === null && (j.judgement === 'positive' || j.judgement === 'unsure'));
  const action = newAction(ledger, opts.who ?? ledger.user, kind, `claim:${claim.id}`, { from, to: target, deleted: inForce.map((j) => j.id), created: createTitle !== undefined });
  const judgement: Judgement = {
    id: judgementId(`${action.id}-j`),
    claimId: claim.id,
    dealId: target,
    judgement: 'positive',
    score: 1,
    user: action.who,
    createdAt: action.at,
    deletedAt: null,
  };
  await ledger.store.transaction(async (tx) => {
    if (from) await touchDeal(tx, from, opts.expectedVersion, action.at);
    if (createTitle !== undefined) {
      await tx.createDeal({ id: target, title: createTitle, version: 1, relations: [], createdAt: action.at, updatedAt: action.at });
    } else {
      await touchDeal(tx, target, from ? undefined : opts.expectedVersion, action.at);
    }
    for (const j of inForce) await tx.deleteJudgement(j.id, action.at);
    await tx.addJudgements([judgement]);
    await tx.appendAction({ ...action, payload: { ...(action.payload as object), judgement: judgement.id } });
  });
  return { action, deal: await dealAfter(ledger, target) };
}

/**
 * Edit a claim: the original stays as it was (marked superseded) and an accepted copy with the
 * changes joins the same deal, so the edit is auditable and undoable.
 */
export async function editClaim(ledger: Ledger, id: string, patch: ClaimPatch, opts: ActionOptions = {}): Promise<ActionResult> {
  const claim = await claimOrThrow(ledger.store, id);
  if (claim.review === 'superseded') throw new ConflictError(`claim "${id}" was already replaced by an edit`, { id });
  if (Object.keys(patch).length === 0) throw new InputError('edit: nothing to change; give at least one field', { id });
  const judgements = await ledger.store.listJudgements({ claimId: claim.id });
  const dealId = currentDeal(judgements, claim.id);
  const at = ledger.now();
  const who = opts.who ?? ledger.user;
  const edited: Claim = {
    ...claim,
    ...patch,
    id: toClaimId(`${claim.id}~${actionId('e').slice(-12)}`),
    editOf: claim.id,
    origin: who,
    review: 'accepted',
    recordedAt: at,
  };
  const action = newAction(ledger, who, 'review.edit', `claim:${claim.id}`, { before: claim.review, edited: edited.id, dealId, fields: Object.keys(patch) });
  await ledger.store.transaction(async (tx) => {
    if (dealId) await touchDeal(tx, dealId, opts.expectedVersion, at);
    await tx.addClaims([edited]);
    await tx.setReview(claim.id, 'superseded', { who, at });
    if (dealId) {
      await tx.addJudgements([{ id: judgementId(`${action.id}-j`), claimId: edited.id, dealId, judgement: 'positive', score: 1, user: who, createdAt: at, deletedAt: null }]);
    }
    await tx.appendAction(action);
  });
  return { action, deal: await dealAfter(ledger, dealId) };
}

/** Undo one review action (once). The undo is itself an action in the log. */
export async function undoAction(ledger: Ledger, actionId: string, opts: ActorOptions = {}): Promise<ActionResult> {
  const all = await ledger.store.listActions({ limit: 100_000 });
  const original = all.find((a) => a.id === actionId);
  if (!original) throw new NotFoundError(`no action "${actionId}"; \`roundtrip review history\` lists them`, { actionId });
  if (original.undoOf) throw new InputError(`action "${actionId}" is itself an undo; redo the original action instead`, { actionId });
  if (all.some((a) => a.undoOf === actionId)) throw new ConflictError(`action "${actionId}" was already undone`, { actionId });
  const claimIdStr = original.target.replace(/^claim:/, '');
  const p = original.payload as Record<string, unknown>;
  const action = newAction(ledger, opts.who ?? ledger.user, `undo.${original.kind}`, original.target, { undone: original.id }, original.id);
  let dealId: DealId | null = null;
  await ledger.store.transaction(async (tx) => {
    const cid = toClaimId(claimIdStr);
    switch (original.kind) {
      case 'review.accept':
      case 'review.reject':
        await tx.setReview(cid, p.before as ReviewState, { who: action.who, at: action.at });
        dealId = (p.dealId as DealId | null) ?? null;
        break;
      case 'review.merge':
      case 'review.split': {
        await tx.deleteJudgement(judgementId(String(p.judgement)), action.at);
        const deleted = new Set(p.deleted as string[]);
        const old = (await tx.listJudgements({ claimId: cid, includeDeleted: true })).filter((j) => deleted.has(j.id));
        await tx.addJudgements(old.map((j) => ({ ...j, id: judgementId(`${j.id}~restored-${action.at.replace(/[^0-9]/g, '')}`), createdAt: action.at, deletedAt: null })));
        dealId = (p.from as DealId | null) ?? null;
        break;
      }
      case 'review.edit':
        await tx.setReview(toClaimId(String(p.edited)), 'rejected', { who: action.who, at: action.at });
        await tx.setReview(cid, p.before as ReviewState, { who: action.who, at: action.at });
        dealId = (p.dealId as DealId | null) ?? null;
        break;
      default:
        throw new InputError(`action "${actionId}" (${original.kind}) cannot be undone`, { actionId, kind: original.kind });
    }
    if (dealId) await touchDeal(tx, dealId, undefined, action.at);
    await tx.appendAction(action);
  });
  return { action, deal: await dealAfter(ledger, dealId) };
}

/** The review actions, newest first. */
export async function reviewHistory(ledger: Ledger, opts: { limit?: number } = {}): Promise<ActionRecord[]> {
  const actions = await ledger.store.listActions({ limit: opts.limit ?? 50 });
  return actions.filter((a) => a.kind.startsWith('review.') || a.kind.startsWith('undo.'));
}

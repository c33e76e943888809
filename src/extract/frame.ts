/** A deal frame: one trigger in one sentence with its parties, amount and terms, before merging into claims. */
import type { Amount, Quantity } from '../core/amount.js';
import type { DealStatus } from '../core/deal-status.js';
import type { DealType } from '../core/deal-type.js';
import type { Sector } from '../core/entity.js';
import type { DocView, Mention, ValueSpan } from './doc-view.js';
import { rollUp } from './gazetteer.js';

export interface Frame {
  readonly type: DealType;
  /** First role of the type (investor, buyer, grantor, holder, licensee, payer, lender, acquirer). */
  readonly from: Mention | null;
  /** Second role (investee, seller, grantee, company, licensor, payee, borrower, target). */
  readonly to: Mention | null;
  readonly sentence: number;
  /** Token index of the trigger word. */
  readonly trigger: number;
  readonly amount: ValueSpan<Amount> | null;
  readonly stake?: ValueSpan<Quantity>;
  readonly shares?: ValueSpan<Quantity>;
  readonly capacity?: ValueSpan<Quantity>;
  /** How much the pattern itself is worth, 0..1. */
  readonly strength: number;
  /** A status the pattern fixes by itself ("Nvidia-backed" → completed). */
  readonly status?: DealStatus;
  /** Product or project names that place the deal ("Trainium"). */
  readonly names?: readonly string[];
  /** The text says no money changes hands. */
  readonly noMoney?: boolean;
  /** The amount is a share of a bigger figure the frame does not carry ("round led by X"). */
  readonly amountless?: boolean;
  /** A partial frame that may join any purchase of its known party ("placed a further order"). */
  readonly anyPurchase?: boolean;
  /** No parties: the amount belongs to the latest earlier deal of one of these types (any type when empty). */
  readonly refersTo?: readonly DealType[];
  /** Proposed by the learned back-off (pair-backoff.ts), not by a rule: its claim takes no amount from outside its frame. */
  readonly learned?: boolean;
}

export type FrameInit = Omit<Frame, 'strength'> & { readonly strength?: number };

/** How much a pattern is worth when its handler does not say. */
const DEFAULT_STRENGTH = 0.7;

export function frame(init: FrameInit): Frame {
  return { strength: DEFAULT_STRENGTH, ...init };
}

/** The key claims are grouped by: the rolled-up entity ("AWS" counts as Amazon), or the lower-cased unknown name ("?acme robotics"). */
export function partyKeyOf(v: DocView, m: Mention): string {
  return m.entityId ? rollUp(v.gazetteer, m.entityId) : `?${m.name.toLowerCase()}`;
}

/** The entity sector of a mention, when it is known. */
export function sectorOf(v: DocView, m: Mention | null): Sector | null {
  if (!m?.entityId) return null;
  return v.gazetteer.entities.get(m.entityId)?.sector ?? null;
}

/** True when the mention is a joint venture entity. */
export function isVenture(v: DocView, m: Mention | null): boolean {
  return !!m?.entityId && v.gazetteer.entities.get(m.entityId)?.kind === 'joint_venture';
}

const PROVIDER_SCORE: Partial<Record<Sector, number>> = { neocloud: 3, cloud: 2, infrastructure: 2, chips: 2, hardware: 2 };

/** How much a party looks like a seller of compute or hardware (neoclouds most). */
export function providerScore(v: DocView, m: Mention | null): number {
  const s = sectorOf(v, m);
  return s ? PROVIDER_SCORE[s] ?? 0 : 0;
}

/**
 * The purchase type a counterparty implies: cloud and data-centre companies sell compute,
 * chip and hardware makers sell hardware, everyone else sells services.
 */
export function purchaseTypeFor(v: DocView, seller: Mention | null): DealType {
  const s = sectorOf(v, seller);
  if (s === 'chips' || s === 'hardware') return 'hardware_purchase';
  if (s === 'cloud' || s === 'neocloud' || s === 'infrastructure') return 'compute_purchase';
  return 'service_purchase';
}

/** True when two mentions mean the same party. */
export function sameParty(a: Mention | null, b: Mention | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.entityId !== null || b.entityId !== null) return a.entityId === b.entityId;
  return a.name === b.name;
}

/** True when a mention can be a deal party: resolved or an unknown company name, not an outlet. */
export function usable(m: Mention | null | undefined): m is Mention {
  return !!m && !m.outlet && m.kind !== 'product' && (m.entityId !== null || (m.kind === 'unknown' && !!m.name));
}

/** What a trigger handler sees: the document, the sentence, and the amounts figures already took. */
export interface FrameContext {
  readonly v: DocView;
  readonly s: number;
  readonly taken: ReadonlySet<ValueSpan<Amount>>;
}

/** A trigger handler: the frames a trigger word at token k starts (often none). */
export type FrameHandler = (c: FrameContext, k: number) => Frame[];

/** One frame per (from, to) pair, skipping a party paired with itself; a side may be missing. */
export function pairs(
  froms: readonly (Mention | null)[],
  tos: readonly (Mention | null)[],
  init: Omit<FrameInit, 'from' | 'to'>,
): Frame[] {
  const out: Frame[] = [];
  for (const f of froms.length ? froms : [null]) {
    for (const t of tos.length ? tos : [null]) {
      if (!f && !t) continue;
      const from = f;
      let to = t;
      // NOTE: an object anaphor read as the subject takes its next reading ("Microsoft, its largest
      // investor"); a subject read twice means the frame is wrong.
      if (sameParty(from, to) && to && isAnaphor(to)) to = otherReading(to, from!);
      if (t && !to) continue;
      if (sameParty(from, to)) continue;
      // NOTE: one spread, not frame({ ...init, from, to }) (two): the same object, built once.
      out.push({ strength: DEFAULT_STRENGTH, ...init, from, to });
    }
  }
  return out;
}

const isAnaphor = (m: Mention) => m.kind === 'pronoun' || m.kind === 'nominal';

function otherReading(m: Mention, other: Mention): Mention | null {
  const id = m.alternatives.find((x) => x !== other.entityId);
  return id ? { ...m, entityId: id, name: id } : null;
}

/** Like `usable`, but products count too (a product stands for its maker: "Trainium chips"). */
export function partyOrProduct(m: Mention | null | undefined): m is Mention {
  return !!m && !m.outlet && (m.entityId !== null || (m.kind === 'unknown' && !!m.name));
}

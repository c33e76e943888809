/** Options of claim→deal resolution: thresholds with defaults, validated once. */
import { InputError } from '../core/errors.js';
import { DEFAULT_MAX_MEMBERS } from './deal-representatives.js';

/** Where scores become decisions. */
export interface ResolveThresholds {
  /** At or above: the claim joins the deal (`positive`). */
  readonly positive: number;
  /** At or above (and below `positive`): an `unsure` judgement suggests the deal for review. */
  readonly unsure: number;
  /** Reports further apart than this many days are never the same deal. */
  readonly windowDays: number;
}

export const DEFAULT_THRESHOLDS: ResolveThresholds = {
  positive: 0.75,
  unsure: 0.5,
  windowDays: 365,
};

export interface ResolveOptions {
  /** System time of the judgements and deal records written (ISO timestamp). */
  readonly now: string;
  /** Who decides; default "auto:resolve@1". */
  readonly user?: string;
  readonly thresholds?: Partial<ResolveThresholds>;
  /**
   * A stored deal with more members than this is scored through its representatives (see
   * `representatives`), so a much-reported deal does not slow every later document; default 16.
   */
  readonly maxMembers?: number;
}

export interface ResolvedOptions {
  readonly now: string;
  readonly user: string;
  readonly thresholds: ResolveThresholds;
  readonly maxMembers: number;
}

export const DEFAULT_RESOLVE_USER = 'auto:resolve@1';

/**
 * Fill defaults and check ranges.
 * @throws InputError when `now` is not a timestamp or thresholds are out of order or range.
 */
export function resolveOptions(opts: ResolveOptions): ResolvedOptions {
  if (typeof opts.now !== 'string' || Number.isNaN(Date.parse(opts.now))) {
    throw new InputError(`resolve: "now" must be an ISO timestamp, got "${String(opts.now)}"`, {
      now: opts.now,
    });
  }
  const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  for (const k of ['positive', 'unsure'] as const) {
    if (!(t[k] >= 0 && t[k] <= 1))
      throw new InputError(`resolve: threshold "${k}" must be in [0, 1], got ${t[k]}`, {
        [k]: t[k],
      });
  }
  if (t.unsure > t.positive) {
    throw new InputError(
      `resolve: the unsure threshold (${t.unsure}) must not exceed the positive one (${t.positive})`,
      t,
    );
  }
  if (!(t.windowDays > 0))
    throw new InputError(`resolve: windowDays must be positive, got ${t.windowDays}`, t);
  const maxMembers = opts.maxMembers ?? DEFAULT_MAX_MEMBERS;
  if (!Number.isInteger(maxMembers) || maxMembers < 1)
    throw new InputError(`resolve: maxMembers must be a whole number of at least 1, got ${String(maxMembers)}`, { maxMembers });
  return { now: opts.now, user: opts.user ?? DEFAULT_RESOLVE_USER, thresholds: t, maxMembers };
}

/** Reconciliation: claims → deals (judgements), deals consolidated from claims, views as of a date, diffs. */
export {
  resolveClaims,
  dealSlug,
  type ResolveState,
  type ResolveResult,
  type ClaimDecision,
} from './resolve-claims.js';
export {
  resolveOptions,
  DEFAULT_THRESHOLDS,
  DEFAULT_RESOLVE_USER,
  type ResolveOptions,
  type ResolveThresholds,
  type ResolvedOptions,
} from './resolve-options.js';
export {
  scoreClaims,
  typeAgreement,
  blockKey,
  partyRoot,
  type ScoreContext,
} from './claim-score.js';
export { relationCue, claimRelation, FIRM_STATUSES } from './relation-cue.js';
export { consolidateDeal, dealTitle, type ConsolidateOptions } from './consolidate-deal.js';
export {
  consolidateAll,
  consolidateLegs,
  publishedBy,
  type LedgerData,
  type ConsolidateAllOptions,
} from './consolidate-all.js';
export {
  diffDeals,
  dealFieldChanges,
  type DealDiff,
  type DealChange,
  type DealEnd,
  type FieldChange,
} from './diff-deals.js';
export { diffAsOf } from './diff-as-of.js';
export {
  claimSource,
  buildOutletIndex,
  lookupDocument,
  normaliseOutletName,
  type ClaimSource,
  type DocumentLookup,
  type OutletIndex,
} from './claim-source.js';
export { dealSources, type DealSourcing } from './deal-sources.js';
export { deriveStatus, statusReport, type StatusReport } from './derive-status.js';
export { consolidateDates, dateWindow, DATE_FIELDS, type DateField } from './consolidate-dates.js';
export {
  consolidateInterval,
  groupIntervals,
  groupAmount,
  groupQuantity,
  amountKey,
  quantityKey,
  type FieldConsensus,
  type IntervalGroup,
  type IntervalReport,
} from './consolidate-interval.js';
export {
  claimStandings,
  judgementsInForce,
  latestJudgements,
  type ClaimStanding,
  type JudgementClock,
} from './deal-membership.js';
export { buildLegs, partyEntityId, type LegContext } from './build-legs.js';
export {
  intersectBounds,
  closeBounds,
  widenForRounding,
  roundingSlack,
  agree,
  overlapRatio,
  sameBounds,
  boundsOf,
  hasNumbers,
  isEmptyBounds,
  type Bounds,
  type AgreementMode,
} from './interval-math.js';
export { ATTRIBUTION_STRENGTH, compareClaims } from './support-rank.js';
export { addDuration } from './iso-duration.js';

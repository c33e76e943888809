/** Deal types, their two roles, and which way value moves in each (DESIGN.md's direction table). */

export type DealType =
  | 'equity_investment'
  | 'compute_purchase'
  | 'hardware_purchase'
  | 'service_purchase'
  | 'share_grant'
  | 'stake'
  | 'licence'
  | 'revenue_share'
  | 'loan'
  | 'acquisition'
  | 'joint_venture'
  | 'other';

export const DEAL_TYPES: readonly DealType[] = [
  'equity_investment', 'compute_purchase', 'hardware_purchase', 'service_purchase', 'share_grant',
  'stake', 'licence', 'revenue_share', 'loan', 'acquisition', 'joint_venture', 'other',
];

/** What moves along a leg. `cash` legs make the money view. */
export type AssetKind =
  | 'cash'
  | 'equity'
  | 'warrant'
  | 'compute'
  | 'hardware'
  | 'service'
  | 'rights'
  | 'debt'
  | 'ownership'
  | 'other';

export const ASSET_KINDS: readonly AssetKind[] = [
  'cash', 'equity', 'warrant', 'compute', 'hardware', 'service', 'rights', 'debt', 'ownership', 'other',
];

/** The roles of a deal's `from` and `to` parties. */
export interface DealRoles {
  readonly from: string;
  readonly to: string;
}

/** A leg template: which party sends which asset. */
export interface LegTemplate {
  readonly direction: 'from_to' | 'to_from';
  readonly asset: AssetKind;
  /** True for the leg that carries the deal's amount. */
  readonly carriesAmount: boolean;
}

export interface DealTypeInfo {
  readonly type: DealType;
  readonly label: string;
  readonly roles: DealRoles;
  /** The legs of this type; a cash leg (when present) always goes from → to. */
  readonly legs: readonly LegTemplate[];
}

const cashAndBack = (back: AssetKind): LegTemplate[] => [
  { direction: 'from_to', asset: 'cash', carriesAmount: true },
  { direction: 'to_from', asset: back, carriesAmount: false },
];

/** The direction table. `from` is always the first role, `to` the second. */
export const DEAL_TYPE_INFO: Readonly<Record<DealType, DealTypeInfo>> = {
  equity_investment: {
    type: 'equity_investment', label: 'Equity investment',
    roles: { from: 'investor', to: 'investee' }, legs: cashAndBack('equity'),
  },
  compute_purchase: {
    type: 'compute_purchase', label: 'Compute / cloud purchase',
    roles: { from: 'buyer', to: 'seller' }, legs: cashAndBack('compute'),
  },
  hardware_purchase: {
    type: 'hardware_purchase', label: 'Hardware / chip purchase',
    roles: { from: 'buyer', to: 'seller' }, legs: cashAndBack('hardware'),
  },
  service_purchase: {
    type: 'service_purchase', label: 'Service purchase',
    roles: { from: 'buyer', to: 'seller' }, legs: cashAndBack('service'),
  },
  share_grant: {
    type: 'share_grant', label: 'Warrant or share grant',
    roles: { from: 'grantor', to: 'grantee' },
    legs: [{ direction: 'from_to', asset: 'warrant', carriesAmount: true }],
  },
  stake: {
    type: 'stake', label: 'Stake held',
    roles: { from: 'holder', to: 'company' },
    legs: [{ direction: 'to_from', asset: 'ownership', carriesAmount: true }],
  },
  licence: {
    type: 'licence', label: 'Licence',
    roles: { from: 'licensee', to: 'licensor' }, legs: cashAndBack('rights'),
  },
  revenue_share: {
    type: 'revenue_share', label: 'Revenue share',
    roles: { from: 'payer', to: 'payee' },
    legs: [{ direction: 'from_to', asset: 'cash', carriesAmount: true }],
  },
  loan: {
    type: 'loan', label: 'Loan or credit',
    roles: { from: 'lender', to: 'borrower' }, legs: cashAndBack('debt'),
  },
  acquisition: {
    type: 'acquisition', label: 'Acquisition',
    roles: { from: 'acquirer', to: 'target' }, legs: cashAndBack('ownership'),
  },
  joint_venture: {
    type: 'joint_venture', label: 'Joint venture contribution',
    roles: { from: 'partner', to: 'venture' }, legs: cashAndBack('equity'),
  },
  other: {
    type: 'other', label: 'Other',
    roles: { from: 'party', to: 'counterparty' },
    legs: [{ direction: 'from_to', asset: 'other', carriesAmount: true }],
  },
};

export function isDealType(s: string): s is DealType {
  return (DEAL_TYPES as readonly string[]).includes(s);
}

export function isAssetKind(s: string): s is AssetKind {
  return (ASSET_KINDS as readonly string[]).includes(s);
}

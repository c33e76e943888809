/** Themes for rendered pictures: colours per deal type, text and background, for light, dark and print. */
import type { DealType } from '../core/deal-type.js';

export type ThemeName = 'light' | 'dark' | 'print';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'print'];

export interface RenderTheme {
  readonly name: ThemeName;
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly nodeFill: string;
  readonly nodeStroke: string;
  /** Fill behind edge labels so they stay readable over lines. */
  readonly labelHalo: string;
  readonly rule: string;
  /** Stroke colour per deal type. */
  readonly types: Readonly<Record<DealType, string>>;
  /** True when colour cannot tell types apart, so labels and the legend name the type instead. */
  readonly monochrome: boolean;
}

// NOTE: Okabe–Ito derived colours: distinguishable with the common forms of colour blindness.
const LIGHT_TYPES: Record<DealType, string> = {
  equity_investment: '#0068a8',
  compute_purchase: '#d17f00',
  hardware_purchase: '#008a63',
  service_purchase: '#b8568f',
  share_grant: '#3c9ad6',
  stake: '#8a8a8a',
  licence: '#c4530a',
  revenue_share: '#9b8a00',
  loan: '#882255',
  acquisition: '#44338f',
  joint_venture: '#117733',
  other: '#6b6b6b',
};

const DARK_TYPES: Record<DealType, string> = {
  equity_investment: '#58b4f0',
  compute_purchase: '#f5b23c',
  hardware_purchase: '#3fd1a2',
  service_purchase: '#e796c5',
  share_grant: '#8fd0fa',
  stake: '#b0b0b0',
  licence: '#f2884a',
  revenue_share: '#e8d84a',
  loan: '#d0669b',
  acquisition: '#a594f0',
  joint_venture: '#6fd18a',
  other: '#a8a8a8',
};

const PRINT_TYPES = Object.fromEntries(Object.keys(LIGHT_TYPES).map((t) => [t, '#000000'])) as Record<DealType, string>;

export const THEMES: Readonly<Record<ThemeName, RenderTheme>> = {
  light: {
    name: 'light', background: '#ffffff', text: '#1a1a1a', muted: '#5c5c5c', nodeFill: '#f4f4f2',
    nodeStroke: '#1a1a1a', labelHalo: '#ffffff', rule: '#d6d6d6', types: LIGHT_TYPES, monochrome: false,
  },
  dark: {
    name: 'dark', background: '#121417', text: '#f0f0f0', muted: '#a9adb3', nodeFill: '#23272d',
    nodeStroke: '#e6e6e6', labelHalo: '#121417', rule: '#3a3f46', types: DARK_TYPES, monochrome: false,
  },
  print: {
    name: 'print', background: '#ffffff', text: '#000000', muted: '#333333', nodeFill: '#ffffff',
    nodeStroke: '#000000', labelHalo: '#ffffff', rule: '#999999', types: PRINT_TYPES, monochrome: true,
  },
};

/** Short words for deal types, used on edge labels and in the legend. */
export const TYPE_SHORT: Readonly<Record<DealType, string>> = {
  equity_investment: 'equity',
  compute_purchase: 'cloud/compute',
  hardware_purchase: 'chips/hardware',
  service_purchase: 'services',
  share_grant: 'warrants/shares',
  stake: 'stake',
  licence: 'licence',
  revenue_share: 'revenue share',
  loan: 'loan',
  acquisition: 'acquisition',
  joint_venture: 'JV stake',
  other: 'other',
};

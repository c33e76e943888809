/** How numbers, dates and statuses read on screen: "$300B", "30 Jun 2025", "Announced". */

const SCALES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** A compact amount in US dollars: 300e9 → "$300B", 1.4e12 → "$1.4T", null → "undisclosed". */
export function money(value: number | null | undefined, currency = 'USD'): string {
  if (value === null || value === undefined) return 'undisclosed';
  const sym = currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : '';
  for (const [scale, suffix] of SCALES) {
    if (Math.abs(value) >= scale) {
      const n = value / scale;
      const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
      return `${sym}${Number(n.toFixed(digits))}${suffix}${sym ? '' : ` ${currency}`}`;
    }
  }
  return `${sym}${Math.round(value).toLocaleString('en-US')}`;
}

/** A range "$270B–$330B"; "up to $100B" when it starts at zero; one figure when both ends agree. */
export function moneyRange(low: number | null, high: number | null): string {
  if (low === null && high === null) return 'undisclosed';
  if (high === null) return `at least ${money(low)}`;
  if (low === null || low === 0) return `up to ${money(high)}`;
  if (low === high) return money(low);
  return `${money(low)}–${money(high)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at its precision: "2025" | "Jul 2025" | "30 Jun 2025"; null → "date unknown". */
export function day(d: string | null | undefined): string {
  if (!d) return 'date unknown';
  const [y, m, dd] = d.split('-');
  if (!m) return y ?? d;
  const month = MONTHS[Number(m) - 1] ?? m;
  return dd ? `${Number(dd)} ${month} ${y}` : `${month} ${y}`;
}

/** Plain-English status wording. */
export const STATUS_WORDS: Readonly<Record<string, string>> = {
  rumoured: 'Rumoured',
  in_talks: 'In talks',
  announced: 'Announced',
  signed: 'Signed',
  completed: 'Completed',
  amended: 'Amended',
  stalled: 'Stalled',
  cancelled: 'Cancelled',
  denied: 'Denied',
};

export const statusWord = (s: string): string => STATUS_WORDS[s] ?? s;

/** How sure the reports are, in a phrase for a status. */
export const STATUS_HINTS: Readonly<Record<string, string>> = {
  rumoured: 'reported by others, not confirmed',
  in_talks: 'under negotiation',
  announced: 'announced or letter of intent, not yet signed',
  signed: 'contract signed',
  completed: 'money has moved / deal closed',
  amended: 'signed, later changed',
  stalled: 'talks reported stalled',
  cancelled: 'called off',
  denied: 'denied by a party',
};

export const ATTRIBUTION_WORDS: Readonly<Record<string, string>> = {
  company_statement: 'company statement',
  filing: 'regulatory filing',
  named_executive: 'named executive',
  anonymous_sources: 'anonymous sources',
  other_outlet: 'citing another outlet',
  analyst: 'analyst',
  journalist: 'the outlet’s reporting',
  curated: 'curated dataset',
};

/** "P7Y" → "over 7 years". */
export function term(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(iso);
  if (!m) return iso;
  const parts = [
    m[1] ? `${m[1]} year${m[1] === '1' ? '' : 's'}` : '',
    m[2] ? `${m[2]} month${m[2] === '1' ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? `over ${parts.join(' ')}` : null;
}

/** A share as a percentage: 0.674 → "67%". */
export const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`;

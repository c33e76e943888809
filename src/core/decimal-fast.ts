/** Exact arithmetic on plain decimal strings with bigint, for the common cases decimal.js would answer the same way. */

/** A plain decimal as an integer mantissa and a count of fraction digits: value = mantissa / 10^scale. */
interface Scaled {
  readonly mantissa: bigint;
  readonly scale: number;
}

/** decimal.js's default precision: results with more significant digits are rounded there, so they are left to it. */
const PRECISION = 20;

/** Parse "-12.5" style strings (optional minus, digits, optional fraction); null for anything else, and for "-0". */
function parse(s: string): Scaled | null {
  const n = s.length;
  const i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return null;
  let dot = -1;
  for (let k = i; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 46) {
      if (dot >= 0 || k === i || k === n - 1) return null;
      dot = k;
    } else if (c < 48 || c > 57) return null;
  }
  // NOTE: digit strings past ~15 digits still parse exactly with BigInt; the cap only keeps this a fast path.
  if (n > 40) return null;
  const digits = dot < 0 ? s.slice(i) : s.slice(i, dot) + s.slice(dot + 1);
  let mantissa = BigInt(digits);
  if (i === 1) {
    if (mantissa === 0n) return null;
    mantissa = -mantissa;
  }
  return { mantissa, scale: dot < 0 ? 0 : n - dot - 1 };
}

function fromNumber(x: string | number): Scaled | null {
  if (typeof x === 'string') return parse(x);
  return Number.isSafeInteger(x) && !Object.is(x, -0) ? { mantissa: BigInt(x), scale: 0 } : null;
}

/** The canonical string of a scaled value, or null when decimal.js would round it (over 20 significant digits). */
function format(v: Scaled): string | null {
  if (v.mantissa === 0n) return '0';
  const neg = v.mantissa < 0n;
  const abs = (neg ? -v.mantissa : v.mantissa).toString();
  let end = abs.length;
  while (end > 1 && abs.charCodeAt(end - 1) === 48) end--;
  if (end > PRECISION) return null;
  const padded = abs.length <= v.scale ? abs.padStart(v.scale + 1, '0') : abs;
  const cut = padded.length - v.scale;
  const int = padded.slice(0, cut);
  let frac = padded.slice(cut);
  let f = frac.length;
  while (f > 0 && frac.charCodeAt(f - 1) === 48) f--;
  frac = frac.slice(0, f);
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const TEN = 10n;
const align = (v: Scaled, scale: number): bigint => v.mantissa * TEN ** BigInt(scale - v.scale);

/** a compared with b (-1, 0, 1), or null when either is not a plain decimal. */
export function fastCompare(a: string, b: string): -1 | 0 | 1 | null {
  const x = parse(a);
  const y = x && parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  const p = align(x, scale);
  const q = align(y, scale);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** a + b as a canonical string, or null when decimal.js must answer. */
export function fastAdd(a: string, b: string): string | null {
  const x = parse(a);
  const y = x && parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  return format({ mantissa: align(x, scale) + align(y, scale), scale });
}

/** a × b as a canonical string, or null when decimal.js must answer. */
export function fastMul(a: string, b: string | number): string | null {
  const x = parse(a);
  const y = x && fromNumber(b);
  if (!x || !y) return null;
  const mantissa = x.mantissa * y.mantissa;
  // NOTE: a negative times zero is "-0" in decimal.js; leave signed zeros to it.
  if (mantissa === 0n && (x.mantissa < 0n || y.mantissa < 0n)) return null;
  return format({ mantissa, scale: x.scale + y.scale });
}

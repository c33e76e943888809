/** Dates and durations in a sentence, resolved against the publication date ("last month", "over seven years"). */
import { dateEnd, fuzzyFromIso, type DatePrecision, type FuzzyDate, type IsoDate } from '../core/fuzzy-date.js';
import type { DateSpan } from './doc-view.js';
import type { Sentence } from './sentences.js';
import { sortSmall } from './small-sort.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: 3, few: 3,
};
const num = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : NUMBERS[w.toLowerCase()] ?? null);
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number): IsoDate => (m === undefined ? `${y}` : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);

const MONTH_RE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUM_RE = '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few';

// NOTE: every pattern is a plain alternation without nested quantifiers: linear time.
// NOTE: each pattern also names a cheap test every match implies (a word, four digits, a month
// name), so a sentence skips the patterns it cannot match without running them.
const PATTERNS: readonly (readonly [RegExp, (m: RegExpExecArray, pub: Pub | null) => Partial<DateSpan> | null, (c: Clues) => boolean])[] = [
  [new RegExp(`\\b(?:over|across|during) (?:the )?(?:next |coming |following |past |last )?(${NUM_RE}) (years?|months?|decades?)\\b`, 'gi'), (m) => duration(m[1]!, m[2]!), (c) => c.lower.includes('year') || c.lower.includes('month') || c.lower.includes('decade')],
  [new RegExp(`\\b(${NUM_RE})-(year|month)\\b`, 'gi'), (m) => duration(m[1]!, m[2]!), (c) => c.lower.includes('-year') || c.lower.includes('-month')],
  [new RegExp(`\\bfor (?:the next )?(${NUM_RE}) (years|months)\\b`, 'gi'), (m) => duration(m[1]!, m[2]!), (c) => c.lower.includes('years') || c.lower.includes('months')],
  [new RegExp(`\\b(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), (m) => day(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[0]), (c) => c.year && c.month],
  [new RegExp(`\\b(\\d{1,2}) (${MONTH_RE})\\.? (\\d{4})\\b`, 'gi'), (m) => day(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[0]), (c) => c.year && c.month],
  [new RegExp(`\\b(${MONTH_RE})\\.? (\\d{4})\\b`, 'gi'), (m) => ({ date: fuzzyFromIso(iso(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!), m[0]) }), (c) => c.year && c.month],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), m[0]), (c) => c.year && c.lower.includes('-')],
  [new RegExp(`\\b(in|since|by|until|through|from|on|of|early|late|mid-?|last|this|next) (${MONTH_RE})\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?)?\\b`, 'gi'), (m, p) => monthOnly(m, p), (c) => c.month],
  [/\b(first|second|1st|2nd) half of (\d{4})\b/gi, (m) => half(Number(m[2]), /^(first|1st)$/i.test(m[1]!) ? 1 : 2, m[0]), (c) => c.year && c.lower.includes('half')],
  [/\bH([12]) (\d{4})\b/g, (m) => half(Number(m[2]), Number(m[1]), m[0]), (c) => c.year && c.text.includes('H')],
  [/\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?\b/gi, (m, p) => quarter(m[2] ? Number(m[2]) : p?.y, ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'].indexOf(m[1]!.toLowerCase()) % 4 + 1, m[0]), (c) => c.lower.includes('quarter')],
  [/\bQ([1-4]) (\d{4})\b/g, (m) => quarter(Number(m[2]), Number(m[1]), m[0]), (c) => c.year && c.text.includes('Q')],
  [/\b(early|mid|late)[- ](\d{4})\b/gi, (m) => part(Number(m[2]), m[1]!.toLowerCase(), m[0]), (c) => c.year && (c.lower.includes('early') || c.lower.includes('mid') || c.lower.includes('late'))],
  [/\bfiscal (?:year )?(\d{4})\b/gi, (m) => ({ date: { ...fuzzyFromIso(iso(Number(m[1])), m[0]), approximate: true } }), (c) => c.year && c.lower.includes('fiscal')],
  [/\b(?:in|since|by|until|through|during|from|of) (\d{4})\b/gi, (m) => year(Number(m[1]), m[0]), (c) => c.year],
  [/\b(last|this|next|earlier this|later this|earlier in the|late last|early next) (week|month|year|quarter)\b/gi, (m, p) => relative(m[1]!.toLowerCase(), m[2]!.toLowerCase(), p, m[0]), (c) => c.lower.includes('week') || c.lower.includes('month') || c.lower.includes('year') || c.lower.includes('quarter')],
  [new RegExp(`\\b(?:(${NUM_RE}) )?(days|weeks|months|years) ago\\b`, 'gi'), (m, p) => ago(m[1], m[2]!.toLowerCase(), p, m[0]), (c) => c.lower.includes('ago')],
  [/\b(yesterday|today|earlier today)\b/gi, (m, p) => (p ? { date: dayOffset(p, /yesterday/i.test(m[1]!) ? -1 : 0, m[0]) } : null), (c) => c.lower.includes('day')],
  [/\b(?:on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, p) => weekday(m[1]!.toLowerCase(), p, m[0]), (c) => c.lower.includes('day')],
];

/** What a sentence holds, tested once: its lower-cased text, four digits in a row, a word starting like a month (every month pattern has \b before it). */
interface Clues {
  readonly text: string;
  readonly lower: string;
  readonly year: boolean;
  readonly month: boolean;
}

interface Pub {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function duration(n: string, unit: string): Partial<DateSpan> | null {
  const k = num(n);
  if (k === null) return null;
  const u = unit.toLowerCase();
  if (u.startsWith('decade')) return { duration: `P${k * 10}Y` };
  return { duration: `P${k}${u.startsWith('year') ? 'Y' : 'M'}` };
}

function day(y: number, m: number, d: number, text: string): Partial<DateSpan> | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { date: fuzzyFromIso(iso(y, m, d), text) };
}

function monthOnly(m: RegExpExecArray, p: Pub | null): Partial<DateSpan> | null {
  const prep = m[1]!.toLowerCase();
  const word = m[2]!.toLowerCase();
  if (word === 'may' && !/^(in|since|by|until|through|from|early|late|last|this|next)$/.test(prep)) return null;
  const month = MONTHS[word]!;
  if (!p) return null;
  const future = /^(by|until|through|next)$/.test(prep);
  let y = p.y;
  if (future ? month < p.m : month > p.m) y += future ? 1 : -1;
  if (prep === 'last' && month >= p.m) y = p.y - 1;
  const d = m[3] ? Number(m[3]) : undefined;
  const date = d ? fuzzyFromIso(iso(y, month, d), m[0]) : fuzzyFromIso(iso(y, month), m[0]);
  return { date: future ? { ...date, expected: true } : date };
}

function window(text: string, earliest: IsoDate, latest: IsoDate, precision: DatePrecision, extra: Partial<FuzzyDate> = {}): Partial<DateSpan> {
  return { date: { text, earliest, latest, precision, ...extra } };
}

function half(y: number, h: number, text: string): Partial<DateSpan> {
  return window(text, h === 1 ? `${y}-01-01` : `${y}-07-01`, h === 1 ? `${y}-06-30` : `${y}-12-31`, 'half');
}

function quarter(y: number | undefined, q: number, text: string): Partial<DateSpan> | null {
  if (y === undefined) return null;
  const start = (q - 1) * 3 + 1;
  return window(text, `${y}-${pad(start)}-01`, dateEnd(iso(y, start + 2)), 'quarter');
}

function part(y: number, which: string, text: string): Partial<DateSpan> {
  const [a, b] = which === 'early' ? [1, 4] : which === 'mid' ? [5, 8] : [9, 12];
  return window(text, `${y}-${pad(a)}-01`, dateEnd(iso(y, b)), 'month', { approximate: true });
}

function year(y: number, text: string): Partial<DateSpan> | null {
  if (y < 1900 || y > 2100) return null;
  return { date: fuzzyFromIso(iso(y), text) };
}

function addMonths(p: Pub, n: number): [number, number] {
  const total = p.y * 12 + (p.m - 1) + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

function relative(which: string, unit: string, p: Pub | null, text: string): Partial<DateSpan> | null {
  if (!p) return null;
  const shift = /^(last|late last)$/.test(which) ? -1 : /^(next|early next)$/.test(which) ? 1 : 0;
  const today = iso(p.y, p.m, p.d);
  if (unit === 'year') {
    const y = p.y + shift;
    if (which === 'earlier this' || which === 'earlier in the') return window(text, `${p.y}-01-01`, today, 'year');
    if (which === 'later this') return window(text, today, `${p.y}-12-31`, 'year', { expected: true });
    return { date: fuzzyFromIso(iso(y), text) };
  }
  if (unit === 'month') {
    const [y, m] = addMonths(p, shift);
    return { date: fuzzyFromIso(iso(y, m), text) };
  }
  if (unit === 'quarter') {
    const q = Math.floor((p.m - 1) / 3) + shift;
    const [y, m] = addMonths({ ...p, m: 1 }, q * 3);
    return quarter(y, Math.floor((m - 1) / 3) + 1, text);
  }
  const start = dayOffset(p, shift * 7 - ((new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7), text);
  const end = dayOffset(p, shift * 7 + (6 - ((new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7)), text);
  return window(text, start.earliest!, end.latest!, 'day', { approximate: true });
}

function ago(n: string | undefined, unit: string, p: Pub | null, text: string): Partial<DateSpan> | null {
  if (!p) return null;
  const k = n ? num(n) : null;
  if (unit === 'months' || unit === 'years') {
    const back = unit === 'months' ? 1 : 12;
    const [y1, m1] = addMonths(p, -(k ?? 1) * back);
    if (k !== null) return { date: { ...fuzzyFromIso(iso(y1, m1), text), approximate: true } };
    const [y2, m2] = addMonths(p, -1);
    return window(text, unit === 'years' ? `${p.y - 10}-01-01` : `${y1 - 1}-${pad(m1)}-01`, dateEnd(iso(y2, m2)), 'month', { approximate: true });
  }
  const days = (k ?? 2) * (unit === 'weeks' ? 7 : 1);
  const d = dayOffset(p, -days, text);
  return { date: { ...d, approximate: true } };
}

function dayOffset(p: Pub, offset: number, text: string): FuzzyDate {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + offset));
  return fuzzyFromIso(t.toISOString().slice(0, 10), text);
}

function weekday(name: string, p: Pub | null, text: string): Partial<DateSpan> | null {
  if (!p) return null;
  const target = DAYS.indexOf(name);
  const today = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  // NOTE: news says "on Tuesday" for the most recent Tuesday (today included).
  return { date: dayOffset(p, -((today - target + 7) % 7), text) };
}

// NOTE: a document's sentences share one publication date: remember the last one parsed.
let lastPub: { readonly text: string | null; readonly pub: Pub | null } = { text: null, pub: null };

function parsePub(publishedAt: string | null): Pub | null {
  if (lastPub.text === publishedAt) return lastPub.pub;
  const m = publishedAt ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedAt) : null;
  const pub = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3] ?? 1) } : null;
  lastPub = { text: publishedAt, pub };
  return pub;
}

// NOTE: the duration patterns come first, so no date pattern can take their text: running them
// alone finds the same durations.
const DURATIONS = PATTERNS.slice(0, 3);

/**
 * A found date or duration placed in the document.
 * NOTE: literals, not `{ ...found, start, end, sentence }`: the spread gave every span its own hidden class.
 */
function spanOf(found: Partial<DateSpan>, start: number, end: number, sentence: number): DateSpan {
  const { date, duration } = found;
  if (date !== undefined && duration === undefined && Object.keys(found).length === 1) return { date, start, end, sentence };
  if (duration !== undefined && date === undefined && Object.keys(found).length === 1) return { duration, start, end, sentence };
  return { ...found, start, end, sentence };
}

/**
 * Every date and duration in a sentence, with offsets into the document, earliest pattern first;
 * with `durationsOnly`, only its durations.
 */
export function findDates(sentence: Sentence, publishedAt: string | null, durationsOnly = false): DateSpan[] {
  const pub = parsePub(publishedAt);
  const text = sentence.text;
  if (!/\d|year|month|week|day|ago|half|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) return [];
  const out: DateSpan[] = [];
  const used: [number, number][] = [];
  const lower = text.toLowerCase();
  const clues: Clues = { text, lower, year: /\d{4}/.test(text), month: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text) };
  for (const [re, make, may] of durationsOnly ? DURATIONS : PATTERNS) {
    if (!may(clues)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (used.some(([x, y]) => a < y && b > x)) continue;
      const found = make(m, pub);
      if (!found) continue;
      used.push([a, b]);
      out.push(spanOf(found, sentence.start + a, sentence.start + b, sentence.index));
    }
  }
  return sortSmall(out, (x, y) => x.start - y.start);
}

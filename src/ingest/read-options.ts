/** Options of the document readers: one type, its defaults, and one resolve-and-validate step. */
import type { DocumentKind } from '../core/document.js';
import { InputError } from '../core/errors.js';
import type { Entity } from '../core/entity.js';
import type { EntityId } from '../core/ids.js';

/** An outlet the readers can recognise by name or by web domain. */
export interface OutletRef {
  readonly id: EntityId;
  readonly name: string;
  /** Other names it appears under ("FT" for "Financial Times"). */
  readonly aliases?: readonly string[];
  /** Domains without scheme: "reuters.com" also matches "www.reuters.com". */
  readonly domains: readonly string[];
}

/** What the readers accept; every field is optional. */
export interface ReadOptions {
  /** Outlets to recognise (see `outletsFromEntities`); default none. */
  readonly outlets?: readonly OutletRef[];
  /**
   * Fetch an item's link when a feed item carries no article text of its own.
   * Default: true for feeds read from a URL, false for feed files.
   */
  readonly fetchLinks?: boolean;
  /** Per request, including the body; default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Largest file or response body read, in bytes; default 10 MiB. */
  readonly maxBytes?: number;
  /** Redirects followed per request; default 5. */
  readonly maxRedirects?: number;
  /** Sent with every request; default names roundtrip. */
  readonly userAgent?: string;
  /** Article text shorter than this (in characters) counts as no article text; default 200. */
  readonly minTextLength?: number;
  /** The kind given to every document read; default 'news'. */
  readonly documentKind?: DocumentKind;
  /** The clock for `retrievedAt`; default the system clock. */
  readonly now?: () => Date;
  /** Cancels fetches and stops the iteration. */
  readonly signal?: AbortSignal;
}

/** ReadOptions with every default filled in (fetchLinks stays undefined: it depends on the input). */
export interface ResolvedReadOptions {
  readonly outlets: readonly OutletRef[];
  readonly fetchLinks: boolean | undefined;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  readonly minTextLength: number;
  readonly documentKind: DocumentKind;
  readonly now: () => Date;
  readonly signal: AbortSignal | undefined;
}

export const READ_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'roundtrip/0.1 (deal-news reader; +https://github.com/roundtrip)',
  minTextLength: 200,
  documentKind: 'news',
} as const;

function checkCount(
  name: string,
  value: number | undefined,
  min: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new InputError(
      `readers: option ${name} must be an integer of at least ${min}, got ${String(value)}`,
      {
        option: name,
        value,
      },
    );
  }
  return value;
}

/** Fill in defaults and check the numbers; throws InputError on a bad option. */
export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  return {
    outlets: options.outlets ?? [],
    fetchLinks: options.fetchLinks,
    timeoutMs: checkCount('timeoutMs', options.timeoutMs, 1, READ_DEFAULTS.timeoutMs),
    maxBytes: checkCount('maxBytes', options.maxBytes, 1, READ_DEFAULTS.maxBytes),
    maxRedirects: checkCount('maxRedirects', options.maxRedirects, 0, READ_DEFAULTS.maxRedirects),
    userAgent: options.userAgent ?? READ_DEFAULTS.userAgent,
    minTextLength: checkCount(
      'minTextLength',
      options.minTextLength,
      0,
      READ_DEFAULTS.minTextLength,
    ),
    documentKind: options.documentKind ?? READ_DEFAULTS.documentKind,
    now: options.now ?? (() => new Date()),
    signal: options.signal,
  };
}

/**
 * The outlet table from gazetteer entities: every entity of kind "outlet", with its
 * `identifiers.domain` as its domain and its aliases as other names.
 */
export function outletsFromEntities(entities: Iterable<Entity>): OutletRef[] {
  const out: OutletRef[] = [];
  for (const e of entities) {
    if (e.kind !== 'outlet') continue;
    out.push({
      id: e.id,
      name: e.name,
      aliases: e.aliases.map((a) => a.name),
      domains: e.identifiers.domain ? [e.identifiers.domain] : [],
    });
  }
  return out;
}

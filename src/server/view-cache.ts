/** Caches of consolidated deals and of serialized answers, dropped whole on every write. */
import type { Deal } from '../core/deal.js';
import type { IsoDate } from '../core/fuzzy-date.js';
import type { Ledger } from '../ledger/ledger.js';
import { type CachedAnswer, prepareAnswer } from './cached-answer.js';

/** How many serialized answers to keep (least recently used go first). */
const MAX_ANSWERS = 256;
/** How many consolidated views (one per as-of date and review mode) to keep. */
const MAX_VIEWS = 64;

/**
 * Consolidating the ledger replays every claim, so the server does it once per (as-of date,
 * review mode) and reuses the result until a write. Serialized answers are kept the same way.
 */
export class ViewCache {
  readonly #ledger: Ledger;
  readonly #views = new Map<string, Promise<Deal[]>>();
  readonly #answers = new Map<string, Promise<CachedAnswer>>();

  constructor(ledger: Ledger) {
    this.#ledger = ledger;
  }

  /** Every consolidated deal of one view, unfiltered. */
  deals(asOf: IsoDate | undefined, includeUnreviewed: boolean): Promise<Deal[]> {
    const key = `${asOf ?? ''}|${includeUnreviewed ? 1 : 0}`;
    return remember(this.#views, key, MAX_VIEWS, () =>
      this.#ledger.deals({ ...(asOf ? { asOf } : {}), includeUnreviewed }),
    );
  }

  /** A serialized answer, computed (and encoded, compressed, tagged) once per key until the next write. */
  answer(key: string, compute: () => Promise<string>): Promise<CachedAnswer> {
    return remember(this.#answers, key, MAX_ANSWERS, async () => prepareAnswer(await compute()));
  }

  /** The answer for a key if it is ready, without computing it. */
  ready(key: string): Promise<CachedAnswer> | undefined {
    return this.#answers.get(key);
  }

  /** Forget everything (after a write) and make the ledger reload its records. */
  clear(): void {
    this.#views.clear();
    this.#answers.clear();
    this.#ledger.invalidate();
  }
}

/** Get or compute a value in a small LRU map; failures are not cached. */
function remember<T>(
  map: Map<string, Promise<T>>,
  key: string,
  max: number,
  compute: () => Promise<T>,
): Promise<T> {
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const p = compute();
  map.set(key, p);
  p.catch(() => {
    if (map.get(key) === p) map.delete(key);
  });
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
  return p;
}

/** Recognise a document's outlet by the name its metadata gives or by the host it came from. */
import type { EntityId } from '../core/ids.js';
import type { OutletRef } from './read-options.js';

export interface OutletMatch {
  readonly outlet: string | null;
  readonly outletId: EntityId | null;
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:'
      ? u.hostname.toLowerCase().replace(/\.$/, '')
      : null;
  } catch {
    return null;
  }
}

function byName(name: string, outlets: readonly OutletRef[]): OutletRef | undefined {
  const key = fold(name);
  if (!key) return undefined;
  return outlets.find(
    (o) => fold(o.name) === key || (o.aliases ?? []).some((a) => fold(a) === key),
  );
}

function byHost(host: string, outlets: readonly OutletRef[]): OutletRef | undefined {
  let best: { outlet: OutletRef; length: number } | undefined;
  for (const o of outlets) {
    for (const raw of o.domains) {
      const d = raw.toLowerCase().replace(/^www\./, '');
      // NOTE: the longest matching domain wins, so "uk.reuters.com" beats "reuters.com".
      if ((host === d || host.endsWith(`.${d}`)) && (!best || d.length > best.length))
        best = { outlet: o, length: d.length };
    }
  }
  return best?.outlet;
}

/**
 * The outlet of a document. A name from metadata wins when the table knows it; otherwise the
 * URLs' hosts are looked up; otherwise the metadata name is kept as shown, without an id.
 * @example matchOutlet('Reuters', ['https://www.reuters.com/x'], outlets) // { outlet: 'Reuters', outletId: 'reuters' }
 */
export function matchOutlet(
  name: string | null,
  urls: readonly (string | null | undefined)[],
  outlets: readonly OutletRef[],
): OutletMatch {
  const cleaned = name?.replace(/\s+/g, ' ').trim() || null;
  const named = cleaned ? byName(cleaned, outlets) : undefined;
  if (named) return { outlet: named.name, outletId: named.id };
  for (const url of urls) {
    const host = hostOf(url);
    const hosted = host ? byHost(host, outlets) : undefined;
    if (hosted) return { outlet: hosted.name, outletId: hosted.id };
  }
  return { outlet: cleaned, outletId: null };
}

/** Who may write: the token (compared in constant time), JSON bodies only, same-origin requests only. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random token for a server reachable beyond loopback. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Compare a presented token with the expected one without leaking how much matched. */
export function tokenMatches(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  // NOTE: hashing first gives equal-length buffers, so timingSafeEqual never throws and the length does not leak.
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token a request carries: `Authorization: Bearer <token>` or `X-Roundtrip-Token`. */
export function presentedToken(headers: {
  get(name: string): string | null | undefined;
}): string | null {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1] ?? null;
  }
  return headers.get('x-roundtrip-token') ?? null;
}

/**
 * True when a write comes from a page of another site. Browsers send `Origin` on cross-site
 * POSTs; a page served by this server has the same host as the request.
 */
export function crossOrigin(
  origin: string | null | undefined,
  host: string | null | undefined,
): boolean {
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== (host ?? '').toLowerCase();
  } catch {
    return true;
  }
}

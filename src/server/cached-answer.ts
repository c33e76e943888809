/** A JSON answer prepared once for many requests: its bytes, a gzipped copy and an entity tag. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Below this size gzip is not worth its header. */
const GZIP_MIN_BYTES = 1024;

export interface CachedAnswer {
  readonly body: Uint8Array;
  /** The gzipped body, when it is worth it. */
  readonly gzip: Uint8Array | null;
  /** A strong entity tag over the body ("…"), for If-None-Match. */
  readonly etag: string;
}

/** Encode, compress and tag a serialized answer (done once per cache entry). */
export function prepareAnswer(json: string): CachedAnswer {
  const body = new TextEncoder().encode(json);
  const gzip = body.length >= GZIP_MIN_BYTES ? new Uint8Array(gzipSync(body, { level: 6 })) : null;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip, etag };
}

/** True when the request accepts gzip (a plain substring test; q=0 refusals are vanishingly rare). */
export function acceptsGzip(header: string | undefined): boolean {
  return (
    header !== undefined && /\bgzip\b/i.test(header) && !/\bgzip\s*;\s*q=0(\.0*)?\b/i.test(header)
  );
}

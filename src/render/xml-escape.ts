/** Escaping for text that goes into XML (SVG, GEXF, GraphML): every string from data passes here. */

// NOTE: XML 1.0 forbids most control characters even when escaped; they are dropped, not encoded.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escape text for an XML element or a double- or single-quoted attribute.
 * @example escapeXml('<script>alert(1)</script> & "Co"') // '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number for an SVG attribute: at most two decimals, no exponent, no "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

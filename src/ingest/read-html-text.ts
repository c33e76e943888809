/** The text of an HTML tree as paragraphs: one per block element, separated by blank lines. */
import { parseHTML } from 'linkedom';

const BLOCKS = new Set(
  (
    'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary ' +
    'table tbody tfoot thead tr ul'
  ).split(' '),
);
const SKIPPED = new Set(
  'head script style noscript template svg math iframe object button select textarea'.split(' '),
);
const CELLS = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const LINE_BREAK = '\u0000';

class Paragraphs {
  readonly done: string[] = [];
  private current: string[] = [];

  add(text: string): void {
    this.current.push(text);
  }

  flush(): void {
    if (this.current.length === 0) return;
    const lines = this.current
      .join('')
      .split(LINE_BREAK)
      .map((line) => line.replace(/[ \t\n\r\f]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) this.done.push(lines.join('\n'));
    this.current = [];
  }

  addPre(text: string): void {
    this.flush();
    const body = text.replace(/^\n+|\s+$/g, '');
    if (body.trim() !== '') this.done.push(body);
  }
}

function walk(node: Node, out: Paragraphs): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      out.add((child.nodeValue ?? '').replaceAll(LINE_BREAK, ''));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const name = child.nodeName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      out.add(LINE_BREAK);
    } else if (name === 'pre') {
      out.addPre(child.textContent ?? '');
    } else if (BLOCKS.has(name)) {
      out.flush();
      walk(child, out);
      out.flush();
    } else {
      if (CELLS.has(name)) out.add(' ');
      walk(child, out);
      if (CELLS.has(name)) out.add(' ');
    }
  }
}

/**
 * The readable text under a node: block elements become paragraphs separated by a blank
 * line, `<br>` a line break, runs of white space one space; scripts and styles are dropped.
 * @example htmlToText(document.body) // 'First paragraph.\n\nSecond paragraph.'
 */
export function htmlToText(root: Node): string {
  const out = new Paragraphs();
  walk(root, out);
  out.flush();
  return out.done.join('\n\n');
}

/** The readable text of an HTML fragment, such as a feed item's content. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return htmlToText(document.body);
}

import { describe, expect, it } from 'vitest';
import { htmlFragmentToText } from './read-html-text.js';

describe('htmlFragmentToText', () => {
  it('makes one paragraph per block and collapses white space inside them', () => {
    const html =
      '<h2>Deal\n  terms</h2><p>Nvidia   will\n invest <b>up to</b> $100bn.</p><div>In <a href="/x">OpenAI</a>.</div>';
    expect(htmlFragmentToText(html)).toBe(
      'Deal terms\n\nNvidia will invest up to $100bn.\n\nIn OpenAI.',
    );
  });

  it('turns <br> into a line break, keeps <pre> as written and drops scripts and styles', () => {
    expect(
      htmlFragmentToText(
        '<p>Line one<br>Line two</p><script>var x = 1;</script><style>p{}</style>',
      ),
    ).toBe('Line one\nLine two');
    expect(htmlFragmentToText('<pre>  a   b\n  c</pre>')).toBe('  a   b\n  c');
  });

  it('separates list items and table cells', () => {
    expect(htmlFragmentToText('<ul><li>Oracle</li><li>AMD</li></ul>')).toBe('Oracle\n\nAMD');
    expect(
      htmlFragmentToText(
        '<table><tr><td>Buyer</td><td>OpenAI</td></tr><tr><td>Seller</td><td>Oracle</td></tr></table>',
      ),
    ).toBe('Buyer OpenAI\n\nSeller Oracle');
  });

  it('decodes entities and keeps non-breaking spaces inside text', () => {
    expect(htmlFragmentToText('<p>AT&amp;T &lt;3 $10&nbsp;billion</p>')).toBe(
      'AT&T <3 $10\u00a0billion',
    );
    expect(htmlFragmentToText('')).toBe('');
  });
});

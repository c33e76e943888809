import { describe, it, expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { findLoops } from '../src/analysis/find-loops.js';
import { buildGraphView } from '../src/analysis/graph-view.js';
import { InputError, NotFoundError } from '../src/core/errors.js';
import { focusView } from '../src/render/focus-view.js';
import { drawSvg, renderSvg } from '../src/render/render-svg.js';
import { entity, generatedMap, ids, loopDeals, loopEntities, deal } from './fixtures/render/render-fixtures.js';
import { overlaps, parseSvg, rectsIn, texts } from './fixtures/render/svg-inspect.js';
import { makeAmount } from '../src/core/amount.js';

const ALL = ['in_talks', 'announced', 'signed', 'completed'] as const;
const loopView = () => buildGraphView(loopDeals, loopEntities, { statuses: [...ALL] });

function noOverlaps(rects: readonly { x: number; y: number; width: number; height: number }[]): [number, number][] {
  const bad: [number, number][] = [];
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i]!, rects[j]!)) bad.push([i, j]);
  return bad;
}

describe('renderSvg: the Nvidia → OpenAI → Oracle loop', () => {
  it('is well-formed XML that carries each leg label, the footnotes and the alt text', async () => {
    const view = loopView();
    const [loop] = findLoops(view);
    expect(loop?.id).toBe('nvidia>openai>oracle');
    const { svg, alt } = await renderSvg({ view, deals: loopDeals, entities: loopEntities, loop: loop! }, { asOf: '2025-11-01' });
    expect(() => parseSvg(svg)).not.toThrow();
    const all = texts(svg);
    for (const label of ['up to $100B', '$300B', '~$40B']) expect(all).toContain(label);
    expect(all).toContain('Nvidia → OpenAI → Oracle → Nvidia');
    expect(all.some((t) => t.includes('As of 2025-11-01'))).toBe(true);
    expect(all.filter((t) => /^[123]$/.test(t)).sort()).toEqual(['1', '1', '2', '2', '3', '3']);
    expect(all.some((t) => t.includes('https://example.org/wsj/openai-oracle'))).toBe(true);
    expect(alt).toContain('Nvidia to OpenAI, up to $100B');
    expect(alt).toContain('is $40B');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { desc: { '#text': string }; '@_role': string } };
    expect(doc.svg['@_role']).toBe('img');
    expect(doc.svg.desc['#text']).toBe(alt);
  });

  it('draws edges with the status line style, solid, dashed and dotted', async () => {
    const view = loopView();
    const { svg } = await renderSvg({ view, deals: loopDeals, entities: loopEntities, loop: { nodes: ids(['nvidia', 'openai', 'oracle']) } });
    const statuses = [...svg.matchAll(/<g class="edge" data-status="(\w+)"[^>]*><title>[^<]*<\/title><path ([^>]*)\/>/g)].map((m) => [m[1], m[2]]);
    expect(statuses).toHaveLength(3);
    const byStatus = Object.fromEntries(statuses.map(([s, attrs]) => [s, attrs]));
    expect(byStatus.signed).not.toContain('stroke-dasharray');
    expect(byStatus.announced).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
    expect(byStatus.in_talks).toMatch(/stroke-dasharray="0.5 [\d.]+"/);
    expect(byStatus.in_talks).toContain('stroke-linecap="round"');
  });

  it('places labels that overlap neither each other nor a node', async () => {
    const view = loopView();
    const { svg } = await renderSvg({ view, deals: loopDeals, entities: loopEntities, loop: findLoops(view)[0]! });
    const labels = rectsIn(svg, 'label');
    expect(labels).toHaveLength(3);
    expect(noOverlaps([...labels, ...rectsIn(svg, 'node')])).toEqual([]);
  });

  it('draws a loop given only its companies, picking the legs between consecutive ones', () => {
    const view = loopView();
    const { svg } = drawSvg({ view, deals: loopDeals, entities: loopEntities, loop: { nodes: ids(['oracle', 'nvidia', 'openai']) } });
    expect(rectsIn(svg, 'label')).toHaveLength(3);
    expect(texts(svg)).toContain('Oracle → Nvidia → OpenAI → Oracle');
  });

  it('rejects a loop through a company outside the view, and an unknown theme', () => {
    const view = loopView();
    expect(() => drawSvg({ view, deals: loopDeals, entities: loopEntities, loop: { nodes: ids(['nvidia', 'amd']) } })).toThrow(InputError);
    expect(() => drawSvg({ view, deals: loopDeals, entities: loopEntities }, { theme: 'neon' as never })).toThrow(InputError);
  });
});

describe('focusView', () => {
  it('keeps one company and its counterparties, and says when the company is not in the view', async () => {
    const { entities, deals } = generatedMap(30, 7);
    const view = buildGraphView(deals, entities);
    const focus = focusView(view, ids(['co-3'])[0]!);
    expect(focus.edges.length).toBeGreaterThan(0);
    expect(focus.edges.every((e) => e.from === 'co-3' || e.to === 'co-3')).toBe(true);
    const wider = focusView(view, ids(['co-3'])[0]!, 2);
    expect(wider.edges.length).toBeGreaterThanOrEqual(focus.edges.length);
    const { svg } = await renderSvg({ view: focus, deals, entities });
    expect(rectsIn(svg, 'node')).toHaveLength(focus.nodes.length);
    expect(() => focusView(view, ids(['nobody'])[0]!)).toThrow(NotFoundError);
  });
});

describe('renderSvg: themes', () => {
  it('uses a dark background in the dark theme and black lines with type words in print', async () => {
    const view = loopView();
    const input = { view, deals: loopDeals, entities: loopEntities, loop: findLoops(view)[0]! };
    const dark = await renderSvg(input, { theme: 'dark' });
    expect(dark.svg).toMatch(/<rect x="0" y="0" [^>]*fill="#121417"/);
    const print = await renderSvg(input, { theme: 'print', labels: 'amount' });
    const strokes = new Set([...print.svg.matchAll(/<g class="edge"[^]*?stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect([...strokes]).toEqual(['#000000']);
    // Print cannot tell types by colour, so each label names the type even when asked for amounts only.
    const all = texts(print.svg);
    for (const detail of ['cloud/compute · signed 2025-09', 'equity · announced 2025-09', 'chips/hardware · in talks']) {
      expect(all.some((t) => t.startsWith(detail))).toBe(true);
    }
  });
});

describe('renderSvg: escaping', () => {
  it('escapes every string from data', async () => {
    const evil = entity('evil', '<script>alert(1)</script> & "Co"');
    const victim = entity('victim', "O'Brien & Sons");
    const deals = [
      deal({
        id: 'evil-deal', type: 'equity_investment', from: evil, to: victim,
        amount: makeAmount('exact', '1000000000', '$1 billion'), status: 'signed', date: '2025-01-02',
        sources: [{ outlet: '<b>Wire</b>', date: '2025-01-02', url: 'https://example.org/?a=1&b=<2>' }],
      }),
      deal({
        id: 'back', type: 'service_purchase', from: victim, to: evil,
        amount: null, status: 'signed', date: '2025-01-03',
        sources: [{ outlet: 'Wire\u0007', date: '2025-01-03', url: 'https://example.org/x' }],
      }),
    ];
    const view = buildGraphView(deals, [evil, victim]);
    for (const loop of [undefined, { nodes: ids(['evil', 'victim']) }]) {
      const { svg } = await renderSvg({ view, deals, entities: [evil, victim], ...(loop ? { loop } : {}) });
      expect(() => parseSvg(svg)).not.toThrow();
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
      // Read back by an XML parser, the name is the original text again.
      expect(texts(svg)).toContain('<script>alert(1)</script> & "Co"');
    }
  });
});

describe('renderSvg: a generated 30-company map', () => {
  it('lays it out with ELK and keeps every label clear of the others and of the nodes', async () => {
    const { entities, deals } = generatedMap(30, 7);
    const view = buildGraphView(deals, entities);
    expect(view.nodes.length).toBe(30);
    const { svg, alt } = await renderSvg({ view, deals, entities });
    expect(() => parseSvg(svg)).not.toThrow();
    const labels = rectsIn(svg, 'label');
    // A map sums the deals of each pair and direction into one arrow with one label.
    expect(labels).toHaveLength(new Set(view.edges.map((e) => `${e.from}>${e.to}`)).size);
    expect(labels.length).toBeGreaterThan(40);
    const nodes = rectsIn(svg, 'node');
    expect(nodes).toHaveLength(30);
    expect(noOverlaps(labels)).toEqual([]);
    expect(noOverlaps(nodes)).toEqual([]);
    for (const l of labels) for (const n of nodes) expect(overlaps(l, n)).toBe(false);
    expect(alt).toMatch(/^Map of 30 companies and \d+ payments/);
  });

  it('draws every leg on its own when asked not to sum pairs', async () => {
    const { entities, deals } = generatedMap(30, 7);
    const view = buildGraphView(deals, entities);
    const { svg } = await renderSvg({ view, deals, entities }, { aggregate: false });
    const labels = rectsIn(svg, 'label');
    expect(labels).toHaveLength(view.edges.length);
    expect(noOverlaps(labels)).toEqual([]);
  });

  it('sums the deals of a pair into one labelled arrow', () => {
    const a = entity('a', 'A');
    const b = entity('b', 'B');
    const two = [
      deal({ id: 'd1', type: 'equity_investment', from: a, to: b, amount: makeAmount('exact', '2000000000', '$2B'), status: 'announced', date: '2025-01-01', sources: [{ outlet: 'W', date: '2025-01-01', url: 'https://example.org/1' }] }),
      deal({ id: 'd2', type: 'compute_purchase', from: a, to: b, amount: makeAmount('exact', '5000000000', '$5B'), status: 'signed', date: '2025-02-01', sources: [{ outlet: 'W', date: '2025-02-01', url: 'https://example.org/2' }] }),
      deal({ id: 'd3', type: 'loan', from: a, to: b, amount: null, status: 'announced', date: '2025-03-01', sources: [{ outlet: 'W', date: '2025-03-01', url: 'https://example.org/3' }] }),
    ];
    const view = buildGraphView(two, [a, b]);
    const { svg } = drawSvg({ view, deals: two, entities: [a, b] }, { labels: 'full' });
    expect(rectsIn(svg, 'label')).toHaveLength(1);
    const all = texts(svg);
    expect(all).toContain('≥$7B');
    expect(all).toContain('1–3');
    expect(all).toContain('3 deals, firmest signed');
    expect(svg).toMatch(/<g class="edge" data-status="signed"/);
  });

  it('draws the same picture twice', async () => {
    const { entities, deals } = generatedMap(12, 3);
    const view = buildGraphView(deals, entities);
    const a = await renderSvg({ view, deals, entities });
    const b = await renderSvg({ view, deals, entities });
    expect(a.svg).toBe(b.svg);
  });
});

import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Model, defaultModel } from '@alephdata/followthemoney';
import { XMLValidator } from 'fast-xml-parser';
import GraphModule from 'graphology';
import type { GraphConstructor } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { buildGraphView } from '../src/analysis/graph-view.js';
import { InputError } from '../src/core/errors.js';
import { loadDataset } from '../src/ingest/dataset-load.js';
import { bundleForView } from '../src/render/export-bundle.js';
import { cypherString, exportCypher } from '../src/render/export-cypher.js';
import { dotString, exportDot } from '../src/render/export-dot.js';
import { exportBundle, EXPORT_FORMATS } from '../src/render/export-format.js';
import { type FtmEntity, ftmEntities, exportFtm } from '../src/render/export-ftm.js';
import { exportGexf } from '../src/render/export-gexf.js';
import { exportGraphml } from '../src/render/export-graphml.js';
import { bundleOf } from './fixtures/render/bundle-of.js';
import { EVIL_NAME, evilDataset } from './fixtures/render/evil-dataset.js';

// NOTE: graphology is CommonJS; its typings describe the ES default export, so take whichever form loads.
const Graph = ((GraphModule as unknown as { default?: unknown }).default ?? GraphModule) as GraphConstructor;

const bundle = bundleOf(evilDataset);
const legCount = bundle.deals.reduce((n, d) => n + d.legs.length, 0);
const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
const graphviz = spawnSync('dot', ['-V'], { encoding: 'utf8' }).status === 0;
const hasData = existsSync('data/deals.json');

function networkx(script: string, file: string): unknown {
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('gexf', () => {
  const xml = exportGexf(bundle);

  it('is well-formed GEXF 1.3 that graphology reads, with every leg and typed attributes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parseGexf(Graph, xml);
    expect(g.type).toBe('directed');
    expect(g.multi).toBe(true);
    expect(g.order).toBe(5);
    expect(g.size).toBe(legCount);
    expect(g.getNodeAttribute('evil-co', 'label')).toBe(EVIL_NAME);
    const cash = g.getEdgeAttributes('openai-oracle:cash');
    expect(cash).toMatchObject({ deal_id: 'openai-oracle', asset: 'cash', status: 'signed', amount_point: 300_000_000_000, weight: 300_000_000_000, currency: 'USD' });
    expect(g.getEdgeAttributes('evil-deal:cash')).toMatchObject({ amount_low: 0, amount_high: 2_000_000_000, may_be_zero: true, deal_title: '=HYPERLINK("x") <b>deal</b>' });
  });

  it('is dynamic, with a spell per edge from its first report to its end', () => {
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toContain('timeformat="date"');
    const spell = (id: string) => new RegExp(`<edge id="${id}"[^]*?<spell ([^/]*)/>`).exec(xml)?.[1];
    expect(spell('evil-deal:cash')).toBe('start="2024-12-31" end="2030-12-31"');
    // Signed 2025-09, starting 2027, over five years.
    expect(spell('openai-oracle:cash')).toBe('start="2025-09-10" end="2031-12-31"');
    expect(spell('nvidia-openai:cash')).toBe('start="2025-09-22"');
  });

  it.runIf(python)('reads the same in NetworkX, spells included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-gexf-'));
    const file = join(dir, 'g.gexf');
    writeFileSync(file, xml);
    const out = networkx(
      'import sys, json, networkx as nx\ng = nx.read_gexf(sys.argv[1])\ne = [d for _, _, d in g.edges(data=True) if d.get("id") == "openai-oracle:cash"][0]\nprint(json.dumps({"n": g.number_of_nodes(), "m": g.number_of_edges(), "spells": e.get("spells"), "label": g.nodes["evil-co"]["label"]}))',
      file,
    );
    expect(out).toEqual({ n: 5, m: legCount, spells: [['2025-09-10', '2031-12-31']], label: EVIL_NAME });
  });
});

describe('graphml', () => {
  const xml = exportGraphml(bundle);

  it('is GraphML that graphology reads, with typed keys', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parseGraphml(Graph, xml);
    expect(g.order).toBe(5);
    expect(g.size).toBe(legCount);
    expect(g.getNodeAttribute('evil-co', 'label')).toBe(EVIL_NAME);
    const e = g.findEdge((_k, a) => a.deal_id === 'nvidia-openai' && a.asset === 'cash');
    expect(g.getEdgeAttributes(e!)).toMatchObject({ amount_high: 100_000_000_000, amount_low: 0, status: 'announced', contingent: false, independent_sources: 1 });
    expect(xml).toContain('<key id="e_amount_low" for="edge" attr.name="amount_low" attr.type="double"/>');
  });

  it.runIf(python)('reads the same in NetworkX', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-graphml-'));
    const file = join(dir, 'g.graphml');
    writeFileSync(file, xml);
    const out = networkx(
      'import sys, json, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(json.dumps({"n": g.number_of_nodes(), "m": g.number_of_edges(), "w": max(d.get("weight", 0) for _, _, d in g.edges(data=True))}))',
      file,
    );
    expect(out).toEqual({ n: 5, m: legCount, w: 300_000_000_000 });
  });
});

describe('dot', () => {
  it('escapes labels', () => {
    expect(dotString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    const dot = exportDot(bundle);
    expect(dot).toContain('"evil-co" [label="<script>alert(1)</script> & \\"Co\\""];');
    expect(dot).toMatch(/"openai" -> "oracle" \[id="openai-oracle:cash", label="\$300B cloud\/compute", color="#d17f00", style=solid/);
    expect(dot).toMatch(/"oracle" -> "nvidia" \[[^\]]*style=dotted/);
  });

  it.runIf(graphviz)('is drawn by Graphviz', () => {
    const svg = execFileSync('dot', ['-Tsvg'], { input: exportDot(bundle), encoding: 'utf8' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('ftm', () => {
  const model = new Model(defaultModel);

  /** Every problem of the entities against the FollowTheMoney model: schemata, property names, types, references. */
  function ftmProblems(entities: readonly FtmEntity[]): string[] {
    const problems: string[] = [];
    const byId = new Map(entities.map((e) => [e.id, e] as const));
    if (byId.size !== entities.length) problems.push('duplicate ids');
    for (const e of entities) {
      if (!/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/.test(e.id) || e.id.length > 200) problems.push(`${e.id}: id`);
      const schema = model.schemata[e.schema];
      if (!schema || schema.abstract) {
        problems.push(`${e.id}: schema ${e.schema}`);
        continue;
      }
      for (const r of schema.required) if (!e.properties[r]?.length) problems.push(`${e.id}: required ${r}`);
      for (const [name, values] of Object.entries(e.properties)) {
        if (!schema.hasProperty(name)) {
          problems.push(`${e.id}: ${e.schema} has no property ${name}`);
          continue;
        }
        const prop = schema.getProperty(name);
        for (const v of values) {
          if (typeof v !== 'string' || v === '') problems.push(`${e.id}.${name}: empty`);
          if (v.length > prop.type.maxLength) problems.push(`${e.id}.${name}: longer than ${prop.type.maxLength}`);
          const t = prop.type.name;
          if (t === 'entity') {
            const target = byId.get(v);
            if (!target) problems.push(`${e.id}.${name}: dangling ${v}`);
            else if (!model.getSchema(target.schema).isA(prop.getRange())) problems.push(`${e.id}.${name}: ${target.schema} is not a ${prop.getRange().name}`);
          }
          if (t === 'date' && !/^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/.test(v)) problems.push(`${e.id}.${name}: date ${v}`);
          if (t === 'number' && !/^\d+(\.\d+)?$/.test(v)) problems.push(`${e.id}.${name}: number ${v}`);
          if (t === 'url' && !URL.canParse(v)) problems.push(`${e.id}.${name}: url ${v}`);
        }
      }
      expect(() => model.getEntity(e as never)).not.toThrow();
    }
    return problems;
  }

  it('writes entities the FollowTheMoney model accepts', () => {
    const entities = ftmEntities(bundle);
    expect(ftmProblems(entities)).toEqual([]);
    const schemas = entities.map((e) => e.schema);
    for (const s of ['Company', 'Organization', 'Project', 'ProjectParticipant', 'Payment', 'Ownership', 'Debt', 'Article', 'Documentation']) expect(schemas).toContain(s);
  });

  it('maps legs: cash to Payment, equity and warrants to Ownership held by the receiver', () => {
    const entities = ftmEntities(bundle);
    const get = (id: string) => entities.find((e) => e.id === id)!;
    expect(get('rt-leg-openai-oracle.cash')).toMatchObject({
      schema: 'Payment',
      properties: { payer: ['rt-entity-openai'], beneficiary: ['rt-entity-oracle'], amount: ['300000000000'], currency: ['USD'], project: ['rt-deal-openai-oracle'], programme: ['openai-oracle'] },
    });
    expect(get('rt-leg-nvidia-openai.equity').properties).toMatchObject({ owner: ['rt-entity-nvidia'], asset: ['rt-entity-openai'] });
    expect(get('rt-leg-warrants.warrant').properties).toMatchObject({ owner: ['rt-entity-openai'], asset: ['rt-entity-oracle'], sharesCount: ['160000000'], sharesType: ['warrants'] });
    expect(get('rt-entity-evil-co').properties.name).toEqual([EVIL_NAME]);
    expect(get('rt-leg-evil-deal.cash').properties.summary?.[0]).toContain('from 1000000000 to 2000000000, may be zero');
    const lines = exportFtm(bundle).trimEnd().split('\n');
    expect(lines).toHaveLength(entities.length);
    expect(lines.map((l) => JSON.parse(l) as FtmEntity)).toEqual(entities);
  });

  it.runIf(hasData)('writes the bundled dataset as valid FtM', async () => {
    expect(ftmProblems(ftmEntities(bundleOf(await loadDataset('data'))))).toEqual([]);
  });
});

describe('cypher', () => {
  /** Split a script into statements and decode every string literal, checking quotes balance. */
  function statements(script: string): { text: string; strings: string[] }[] {
    const out: { text: string; strings: string[] }[] = [];
    let cur = '';
    let strings: string[] = [];
    for (let i = 0; i < script.length; i++) {
      const ch = script[i]!;
      if (ch === '/' && script[i + 1] === '/' && cur.trim() === '') {
        i = script.indexOf('\n', i);
        continue;
      }
      if (ch === "'") {
        let s = '';
        for (i++; script[i] !== "'"; i++) {
          if (i >= script.length) throw new Error('unterminated string');
          if (script[i] === '\\') {
            const e = script[++i];
            s += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === 'u' ? String.fromCharCode(parseInt(script.slice(i + 1, (i += 4) + 1), 16)) : e;
          } else s += script[i];
        }
        strings.push(s);
        cur += "''";
        continue;
      }
      if (ch === ';') {
        out.push({ text: cur.trim(), strings });
        cur = '';
        strings = [];
        continue;
      }
      cur += ch;
    }
    if (cur.trim()) throw new Error(`unterminated statement: ${cur}`);
    return out;
  }

  it('escapes strings so that they decode to the original', () => {
    for (const s of [EVIL_NAME, "O'Brien \\ back", 'line\nbreak\ttab\u0001', '\u2028x']) {
      expect(statements(`RETURN ${cypherString(s)};`)[0]!.strings).toEqual([s]);
    }
  });

  it('writes MERGE statements for entities, deals, flows, articles and claims', () => {
    const script = exportCypher(bundle);
    const stmts = statements(script);
    expect(stmts.every((s) => /^(CREATE CONSTRAINT|MERGE|MATCH)/.test(s.text))).toBe(true);
    expect(stmts.filter((s) => s.text.startsWith('MATCH') || s.text.startsWith('MERGE')).every((s) => s.text.includes('MERGE'))).toBe(true);
    expect(stmts.filter((s) => s.text.includes('[r:FLOW'))).toHaveLength(legCount);
    expect(stmts.some((s) => s.strings.includes(EVIL_NAME))).toBe(true);
    expect(stmts.some((s) => s.strings.includes('=HYPERLINK("x") <b>deal</b>'))).toBe(true);
    expect(stmts.some((s) => s.strings.includes('<evil> & "quote"'))).toBe(true);
    expect(script).toMatch(/MERGE \(n:Entity \{id: 'evil-sub'\}\) SET n:Company/);
    expect(script).toMatch(/MATCH \(c:Entity \{id: 'evil-sub'\}\), \(p:Entity \{id: 'evil-co'\}\) MERGE \(c\)-\[r:PART_OF\]->\(p\) SET r.relation = 'subsidiary', r.share = 100;/);
    expect(script).toContain('r.amount_point = 300000000000');
  });
});

describe('exportBundle', () => {
  it('dispatches every format and rejects an unknown one', () => {
    for (const f of EXPORT_FORMATS) {
      const r = exportBundle(bundle, f);
      if (r.kind === 'file') expect(r.content.length).toBeGreaterThan(100);
      else expect(Object.keys(r.files)).toEqual(['entities.csv', 'deals.csv', 'legs.csv', 'claims.csv', 'statements.csv', 'figures.csv']);
    }
    expect(() => exportBundle(bundle, 'xlsx' as never)).toThrow(InputError);
  });

  it('exports only what a view shows when given one', () => {
    const view = buildGraphView(bundle.deals, bundle.entities, { rollup: false });
    const filtered = bundleForView(bundle, view);
    expect(filtered.deals.map((d) => d.id).sort()).toEqual(['evil-deal', 'nvidia-openai', 'openai-oracle']);
    const g = parseGexf(Graph, exportGexf(filtered, { view }));
    expect(g.size).toBe(3);
    expect(g.edges().every((e) => g.getEdgeAttribute(e, 'asset') === 'cash')).toBe(true);
  });
});

/** The `gexf` export (GEXF 1.3 for Gephi): a dynamic graph whose nodes and edges carry time spells for the timeline. */
import type { ExportBundle } from './export-bundle.js';
import { type AttributeDef, type AttributeValue, EDGE_ATTRIBUTES, type ExportOptions, NODE_ATTRIBUTES, graphRecords } from './export-edges.js';
import { escapeXml } from './xml-escape.js';

const GEXF_TYPE: Readonly<Record<AttributeDef['type'], string>> = { string: 'string', double: 'double', boolean: 'boolean', integer: 'integer' };

function attributes(cls: 'node' | 'edge', defs: readonly AttributeDef[]): string {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...defs.map((d) => `      <attribute id="${d.id}" title="${d.id}" type="${GEXF_TYPE[d.type]}"/>`),
    '    </attributes>',
  ].join('\n');
}

function attvalues(values: Readonly<Record<string, AttributeValue>>, indent: string): string {
  const present = Object.entries(values).filter(([, v]) => v !== null);
  if (!present.length) return '';
  return [
    `${indent}<attvalues>`,
    ...present.map(([k, v]) => `${indent}  <attvalue for="${escapeXml(k)}" value="${escapeXml(String(v))}"/>`),
    `${indent}</attvalues>`,
  ].join('\n');
}

function spell(start: string | null, end: string | null, indent: string): string {
  if (!start && !end) return '';
  const attrs = [start ? `start="${start}"` : '', end ? `end="${end}"` : ''].filter(Boolean).join(' ');
  return `${indent}<spells>\n${indent}  <spell ${attrs}/>\n${indent}</spells>`;
}

/**
 * The bundle's legs as a GEXF 1.3 document: `mode="dynamic"`, `timeformat="date"`; each edge
 * lives from its first report (or start) to its end date (open when unknown), each node from
 * its first dated edge. Edge weight is the stated amount in currency units.
 */
export function exportGexf(bundle: ExportBundle, options: ExportOptions = {}): string {
  const { nodes, edges } = graphRecords(bundle, options);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>roundtrip</creator>',
    '    <description>Deals between companies as reported in the news: one edge per leg (cash, equity, compute...), amounts in currency units.</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    attributes('node', NODE_ATTRIBUTES),
    attributes('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const n of nodes) {
    out.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">`);
    const av = attvalues(n.attributes, '        ');
    if (av) out.push(av);
    const sp = spell(n.start, null, '        ');
    if (sp) out.push(sp);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const weight = e.weight !== null && e.weight > 0 ? ` weight="${e.weight}"` : '';
    out.push(`      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.label)}"${weight}>`);
    const av = attvalues(e.attributes, '        ');
    if (av) out.push(av);
    const sp = spell(e.start, e.end, '        ');
    if (sp) out.push(sp);
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** The `graphml` export: GraphML with typed keys (yEd, Cytoscape, NetworkX, igraph, Gephi). */
import type { ExportBundle } from './export-bundle.js';
import { type AttributeDef, type AttributeValue, EDGE_ATTRIBUTES, type ExportOptions, NODE_ATTRIBUTES, graphRecords } from './export-edges.js';
import { escapeXml } from './xml-escape.js';

const GRAPHML_TYPE: Readonly<Record<AttributeDef['type'], string>> = { string: 'string', double: 'double', boolean: 'boolean', integer: 'int' };

function data(values: Readonly<Record<string, AttributeValue>>, prefix: string, indent: string): string[] {
  return Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${indent}<data key="${prefix}${escapeXml(k)}">${escapeXml(String(v))}</data>`);
}

/**
 * The bundle's legs as GraphML: a directed multigraph, node and edge attributes declared as
 * typed keys (`d_` for nodes, `e_` for edges), dates as ISO strings (GraphML has no time type).
 */
export function exportGraphml(bundle: ExportBundle, options: ExportOptions = {}): string {
  const { nodes, edges } = graphRecords(bundle, options);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="d_label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map((a) => `  <key id="d_${a.id}" for="node" attr.name="${a.id}" attr.type="${GRAPHML_TYPE[a.type]}"/>`),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...EDGE_ATTRIBUTES.map((a) => `  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="${GRAPHML_TYPE[a.type]}"/>`),
    '  <graph id="roundtrip" edgedefault="directed">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">`, `      <data key="d_label">${escapeXml(n.label)}</data>`, ...data(n.attributes, 'd_', '      '), '    </node>');
  }
  for (const e of edges) {
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      `      <data key="e_label">${escapeXml(e.label)}</data>`,
      ...(e.weight !== null ? [`      <data key="e_weight">${e.weight}</data>`] : []),
      ...data(e.attributes, 'e_', '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** The `dot` export: a Graphviz digraph, edges coloured by deal type and styled by status, labels escaped. */
import { statusLine } from '../core/deal-status.js';
import type { ExportBundle } from './export-bundle.js';
import { type ExportOptions, graphRecords } from './export-edges.js';
import { THEMES, TYPE_SHORT } from './render-theme.js';

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/**
 * The bundle's legs as DOT: `dot -Tsvg map.dot > map.svg` draws it. Solid = signed or
 * completed, dashed = announced, dotted = talks or rumours; pen width grows with the amount.
 */
export function exportDot(bundle: ExportBundle, options: ExportOptions = {}): string {
  const { nodes, edges } = graphRecords(bundle, options);
  const theme = THEMES.light;
  const out: string[] = [
    'digraph roundtrip {',
    '  graph [rankdir=LR, fontname="Inter,Helvetica,Arial", overlap=false, splines=true];',
    '  node [shape=box, style="rounded,filled", fillcolor="#f4f4f2", fontname="Inter,Helvetica,Arial"];',
    '  edge [fontname="Inter,Helvetica,Arial", fontsize=10];',
  ];
  for (const n of nodes) out.push(`  ${dotString(n.id)} [label=${dotString(n.label)}];`);
  for (const e of edges) {
    const line = statusLine(e.leg.status);
    const width = e.weight === null ? 1 : Math.min(8, 1 + Math.max(0, Math.log10(Math.max(e.weight, 1e8) / 1e8)) * 1.5);
    const label = `${String(e.attributes.amount_label)} ${TYPE_SHORT[e.deal.type]}${e.leg.asset !== 'cash' ? ` (${e.leg.asset})` : ''}`;
    out.push(
      `  ${dotString(e.source)} -> ${dotString(e.target)} [id=${dotString(e.id)}, label=${dotString(label)}, color=${dotString(theme.types[e.deal.type])}, style=${line}, penwidth=${width.toFixed(2)}, tooltip=${dotString(e.deal.title)}];`,
    );
  }
  out.push('}', '');
  return out.join('\n');
}

/** The map's stylesheet: data-driven sizes and colours, line styles by status, classes for loops and focus. */
import type cytoscape from 'cytoscape';

export const FONT = 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Styles for nodes and edges; `large` trades detail for speed on graphs of thousands of legs. */
export function mapStyle(large: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-color': 'data(stroke)',
        'border-width': large ? 0 : 2,
        label: large ? '' : 'data(name)',
        'font-family': FONT,
        'font-size': 'data(font)',
        'font-weight': 600,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 180,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 'data(arrow)',
        'line-style': 'data(line)',
        'curve-style': large ? 'haystack' : 'bezier',
        // NOTE: on large maps edges take no pointer events, so a press does not hit-test thousands of lines.
        events: large ? 'no' : 'yes',
        'control-point-step-size': 46,
        opacity: 0.9,
        label: large ? '' : 'data(label)',
        'text-margin-x': large ? 0 : 'data(lx)',
        'text-margin-y': large ? 0 : 'data(ly)',
        'font-family': FONT,
        'font-size': 'data(shown)',
        'font-weight': 500,
        color: '#1b1f24',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.88,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 11,
        'transition-property': 'opacity',
        'transition-duration': 180,
      },
    },
    { selector: 'edge[line = "dashed"]', style: { 'line-dash-pattern': [9, 5] } },
    {
      selector: 'edge[line = "dotted"]',
      style: { 'line-dash-pattern': [2, 4], 'line-cap': 'round' },
    },
    // Everything not in a loop steps back so the loops read first.
    { selector: 'edge.plain', style: { opacity: 0.3, 'text-opacity': 0 } },
    { selector: 'node.plain', style: { opacity: 0.7 } },
    { selector: '.faded', style: { opacity: 0.08, 'text-opacity': 0 } },
    { selector: 'edge.focus', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'edge.focus.step', style: { opacity: 0.45 } },
    { selector: 'node.focus', style: { opacity: 1, 'z-index': 10 } },
    {
      selector: 'edge.current',
      style: {
        opacity: 1,
        'underlay-color': '#ffd54a',
        'underlay-opacity': 0.75,
        'underlay-padding': 6,
        'z-index': 20,
        'font-size': 14,
        'font-weight': 700,
      },
    },
    { selector: 'node.current', style: { 'border-width': 4, 'border-color': '#1b1f24' } },
    {
      selector: 'edge:selected, edge.chosen',
      style: {
        'underlay-color': '#2563eb',
        'underlay-opacity': 0.22,
        'underlay-padding': 7,
        opacity: 1,
        'z-index': 30,
      },
    },
    {
      selector: 'node:selected, node.chosen',
      style: { 'border-width': 4, 'border-color': '#2563eb' },
    },
    {
      selector: 'node.found',
      style: { 'border-width': 4, 'border-color': '#2563eb', 'z-index': 40 },
    },
  ] as cytoscape.StylesheetJson;
}

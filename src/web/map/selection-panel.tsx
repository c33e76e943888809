/** What is selected on the map: a company with its money in and out, or the deals behind an arrow. */
import type { EdgeJson, GraphJson } from '../../server/api-types.js';
import { day, money, term } from '../lib/format.js';
import { href } from '../lib/location.js';
import { typeLabel, useMeta } from '../lib/meta.js';
import { StatusBadge, Swatch } from '../ui/bits.js';
import { Link } from '../ui/link.js';
import { sectorColours } from './palette.js';

function LegRow(props: { leg: EdgeJson; graph: GraphJson; linkParams: URLSearchParams }) {
  const meta = useMeta();
  const { leg } = props;
  const d = leg.dealId ? props.graph.deals[leg.dealId] : undefined;
  return (
    <li class="leg" data-testid="selected-leg">
      <p class="leg-title">
        <Swatch colour={meta.types.find((t) => t.id === leg.type)?.colour ?? '#3d4451'} />
        {d ? (
          <Link href={href(`/deals/${encodeURIComponent(d.id)}`, props.linkParams)}>{d.title}</Link>
        ) : (
          'Edge from a list'
        )}
      </p>
      <p class="leg-facts">
        <strong>{leg.label ?? money(leg.amount)}</strong> {term(leg.term) ?? ''} ·{' '}
        {typeLabel(meta, leg.type)}
        {leg.asset !== 'cash' ? ` (${leg.asset})` : ''} · <StatusBadge status={leg.status} /> ·{' '}
        {day(d?.date ?? leg.reportedAt)} · {leg.sourceCount} source
        {leg.sourceCount === 1 ? '' : 's'}
        {leg.contingent ? ' · contingent' : ''}
      </p>
    </li>
  );
}

export function EdgePanel(props: {
  legs: readonly EdgeJson[];
  graph: GraphJson;
  linkParams: URLSearchParams;
  onClose: () => void;
  onCollapse?: () => void;
}) {
  const names = new Map<string, string>(props.graph.nodes.map((n) => [n.id, n.name]));
  const first = props.legs[0];
  if (!first) return null;
  const total = props.legs.reduce((s, e) => s + (e.amount ?? 0), 0);
  const undisclosed = props.legs.filter((e) => e.amount === null).length;
  return (
    <section class="panel-section" aria-labelledby="edge-title" data-testid="edge-panel">
      <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
        ×
      </button>
      <h2 id="edge-title">
        {names.get(first.from) ?? first.from} → {names.get(first.to) ?? first.to}
      </h2>
      <p class="big">
        {money(total)}
        {undisclosed ? <span class="muted"> + {undisclosed} undisclosed</span> : null}
        <span class="muted">
          {' '}
          in {props.legs.length} {props.legs.length === 1 ? 'leg' : 'legs'}
        </span>
      </p>
      <ul class="legs">
        {props.legs.map((leg) => (
          <LegRow leg={leg} graph={props.graph} linkParams={props.linkParams} />
        ))}
      </ul>
      {props.onCollapse ? (
        <button type="button" class="secondary" onClick={props.onCollapse}>
          Bundle these again
        </button>
      ) : null}
    </section>
  );
}

export function NodePanel(props: {
  id: string;
  graph: GraphJson;
  linkParams: URLSearchParams;
  onClose: () => void;
}) {
  const node = props.graph.nodes.find((n) => n.id === props.id);
  if (!node) return null;
  const names = new Map<string, string>(props.graph.nodes.map((n) => [n.id, n.name]));
  const tally = (key: 'from' | 'to', other: 'from' | 'to') => {
    const m = new Map<string, number>();
    for (const e of props.graph.edges)
      if (e[key] === node.id) m.set(e[other], (m.get(e[other]) ?? 0) + (e.amount ?? 0));
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, 5);
  };
  const ins = tally('to', 'from');
  const outs = tally('from', 'to');
  const c = sectorColours(node.sector);
  return (
    <section class="panel-section" aria-labelledby="node-title" data-testid="node-panel">
      <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
        ×
      </button>
      <h2 id="node-title">
        <span class="dot" style={{ background: c.fill, borderColor: c.stroke }} /> {node.name}
      </h2>
      <p class="muted">
        {c.label}
        {node.ticker ? ` · ${node.ticker}` : ''}
        {node.members.length ? ` · includes ${node.members.map((m) => m.name).join(', ')}` : ''}
      </p>
      <div class="two">
        <div>
          <h3>Money in</h3>
          <p class="big">{money(node.inflow)}</p>
          <ul class="plain-list">
            {ins.map(([id, a]) => (
              <li>
                {names.get(id) ?? id} <span class="muted">{money(a)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Money out</h3>
          <p class="big">{money(node.outflow)}</p>
          <ul class="plain-list">
            {outs.map(([id, a]) => (
              <li>
                {names.get(id) ?? id} <span class="muted">{money(a)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <Link
        href={href(`/companies/${encodeURIComponent(node.id)}`, props.linkParams)}
        class="button"
      >
        Company page: exposure and concentration →
      </Link>
    </section>
  );
}

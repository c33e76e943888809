/** Alt text for a picture: what it shows in words, for screen readers and captions (`--alt`). */
import type { DrawEdge, DrawModel } from './render-edges.js';
import { nameOf } from './render-edges.js';
import { formatAmount } from '../core/amount-format.js';
import { makeAmount } from '../core/amount.js';

const MAX_LISTED = 8;

function describeEdge(model: DrawModel, e: DrawEdge): string {
  return `${nameOf(model.names, e.from)} to ${nameOf(model.names, e.to)}, ${e.amountText} (${e.detailText.replace(' · ', ', ')})`;
}

/**
 * A plain-language description: for a loop every leg in order and the bottleneck; for a map
 * the counts and the largest flows.
 */
export function altText(model: DrawModel, opts: { loop: boolean; asOf: string | null; bottleneck?: bigint | null; valueView: boolean }): string {
  const when = opts.asOf ? ` as of ${opts.asOf}` : '';
  const flows = opts.valueView ? 'transfers of value (cash, shares, compute, hardware)' : 'payments';
  if (opts.loop) {
    const names = model.nodes.map((id) => nameOf(model.names, id));
    const path = [...names, names[0] ?? ''].join(' → ');
    const legs = model.edges.map((e) => describeEdge(model, e)).join('; ');
    const bottleneck =
      opts.bottleneck !== undefined && opts.bottleneck !== null
        ? ` The smallest leg, and so the most that can go all the way round, is ${formatAmount(makeAmount('exact', opts.bottleneck.toString(), ''))}.`
        : '';
    return `Diagram of a loop of ${names.length} companies${when}: ${path}. Arrows show ${flows}: ${legs}.${bottleneck} Line style shows status: solid signed or completed, dashed announced, dotted in talks or rumoured. Numbered notes list the sources of each deal.`;
  }
  const ranked = [...model.edges].sort((a, b) => {
    const x = a.edge.amount ?? -1n;
    const y = b.edge.amount ?? -1n;
    return x > y ? -1 : x < y ? 1 : 0;
  });
  if (ranked.length === 0) return `Map of deals${when}: no deals match the filters.`;
  const listed = ranked.slice(0, MAX_LISTED).map((e) => describeEdge(model, e)).join('; ');
  const more = ranked.length > MAX_LISTED ? ` and ${ranked.length - MAX_LISTED} smaller or undisclosed ones` : '';
  return `Map of ${model.nodes.length} companies and ${model.edges.length} ${flows}${when}. Arrows point the way value moves; line width grows with the amount. Largest: ${listed}${more}. Numbered notes list the sources of each deal.`;
}

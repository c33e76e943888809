/** Cross-record checks of a dataset that a schema alone cannot make: ids, references, cycles. */
import type { Dataset } from './dataset-schema.js';

/** One problem, located by file section, record id and field path. */
export interface DatasetProblem {
  readonly section: 'entities' | 'deals' | 'figures';
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

/**
 * Every cross-reference problem in a schema-valid dataset; empty when it is consistent.
 * @example validateDataset(ds).map((p) => `${p.section}/${p.record}.${p.field}: ${p.message}`)
 */
export function validateDataset(ds: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const entityIds = new Set<string>();
  for (const e of ds.entities) {
    if (entityIds.has(e.id)) problems.push({ section: 'entities', record: e.id, field: 'id', message: `duplicate id "${e.id}"` });
    entityIds.add(e.id);
  }
  for (const e of ds.entities) {
    for (const [i, p] of e.parents.entries()) {
      if (!entityIds.has(p.id)) {
        problems.push({ section: 'entities', record: e.id, field: `parents[${i}].id`, message: `unknown entity "${p.id}"` });
      }
      if (p.id === e.id) problems.push({ section: 'entities', record: e.id, field: `parents[${i}].id`, message: 'an entity cannot be its own parent' });
    }
  }
  const dealIds = new Set<string>();
  for (const d of ds.deals) {
    if (dealIds.has(d.id)) problems.push({ section: 'deals', record: d.id, field: 'id', message: `duplicate id "${d.id}"` });
    dealIds.add(d.id);
  }
  for (const d of ds.deals) {
    const ref = (field: string, id: string) => {
      if (!entityIds.has(id)) problems.push({ section: 'deals', record: d.id, field, message: `unknown company "${id}": add it to entities or fix the id` });
    };
    ref('from', d.from);
    ref('to', d.to);
    if (d.from === d.to) problems.push({ section: 'deals', record: d.id, field: 'to', message: 'a deal needs two different parties' });
    d.legs?.forEach((l, i) => {
      ref(`legs[${i}].from`, l.from);
      ref(`legs[${i}].to`, l.to);
    });
    d.relations.forEach((r, i) => {
      if (!dealIds.has(r.deal)) problems.push({ section: 'deals', record: d.id, field: `relations[${i}].deal`, message: `unknown deal "${r.deal}"` });
    });
    const { announced, completed } = d.dates;
    if (announced && completed && completed < announced && completed.length === announced.length) {
      problems.push({ section: 'deals', record: d.id, field: 'dates.completed', message: `completed ${completed} is before announced ${announced}` });
    }
  }
  const figureIds = new Set<string>();
  for (const f of ds.figures) {
    if (figureIds.has(f.id)) problems.push({ section: 'figures', record: f.id, field: 'id', message: `duplicate id "${f.id}"` });
    figureIds.add(f.id);
    if (!entityIds.has(f.entity)) problems.push({ section: 'figures', record: f.id, field: 'entity', message: `unknown company "${f.entity}"` });
  }
  return problems;
}

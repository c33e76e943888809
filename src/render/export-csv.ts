/** The `csv` export: entities, deals, legs, claims, statements and figures tables for spreadsheets (and `import`). */
import type { Amount } from '../core/amount.js';
import { formatAmount } from '../core/amount-format.js';
import type { DatasetAmount, DatasetDeal } from '../core/dataset-schema.js';
import type { Deal } from '../core/deal.js';
import type { FuzzyDate } from '../core/fuzzy-date.js';
import { bundleToDataset, datasetSource, isoAtPrecision } from './bundle-to-dataset.js';
import { csvList, csvTable } from './csv-cell.js';
import type { ExportBundle } from './export-bundle.js';

const AMOUNT_COLUMNS = ['text', 'currency', 'qualifier', 'value', 'upper_value', 'may_be_zero', 'basis', 'period', 'contingent_on'] as const;
const amountHeaders = (prefix: string) => AMOUNT_COLUMNS.map((c) => `${prefix}${c}`);
const QTY = (p: string) => [p, `${p}_text`, `${p}_qualifier`];

/** Column names of each table, in order (the import reads columns by these names). */
export const CSV_HEADERS = {
  'entities.csv': ['id', 'name', 'kind', 'sector', 'aliases', 'weak_aliases', 'ticker', 'wikidata', 'lei', 'domain', 'parents', 'products', 'descriptors', 'description'],
  'deals.csv': [
    'id', 'title', 'type', 'from', 'to', 'status', 'confirmed', 'announced', 'signed', 'completed', 'start', 'end',
    ...amountHeaders('amount_'), 'amount_low', 'amount_high', 'amount_label',
    ...QTY('stake_percent'), ...amountHeaders('valuation_'), ...QTY('capacity_gw'), ...QTY('shares'),
    'duration', 'names', 'description', 'relations', 'notes', 'explicit_legs', 'first_reported', 'claims', 'independent_sources', 'conflicts', 'reviewed',
  ],
  'legs.csv': ['leg_id', 'deal_id', 'from', 'to', 'asset', 'carries_amount', 'contingent', 'explicit', 'amount_text', 'currency', 'amount_low', 'amount_high', 'amount_point', 'status', 'start', 'end', 'reported_at'],
  'claims.csv': [
    'claim_id', 'deal_id', 'document_id', 'outlet', 'published_at', 'url', 'title', 'quote', 'attribution', 'repeats',
    'claim_type', 'claim_status', 'amount_text', 'amount_low', 'amount_high', 'qualifier', 'independent', 'confidence', 'review', 'origin', 'hedges',
  ],
  'statements.csv': ['deal_id', 'field', 'value', 'claim_ids', 'preferred', 'conflict'],
  'figures.csv': ['id', 'entity', 'kind', ...amountHeaders('amount_'), 'period', 'outlet', 'date', 'url', 'title', 'quote', 'note'],
} as const;

export type CsvTableName = keyof typeof CSV_HEADERS;

function amountCells(prefix: string, a: DatasetAmount | null | undefined): Record<string, unknown> {
  if (!a) return {};
  return {
    [`${prefix}text`]: a.text, [`${prefix}currency`]: a.currency, [`${prefix}qualifier`]: a.qualifier,
    [`${prefix}value`]: a.value, [`${prefix}upper_value`]: a.upperValue, [`${prefix}may_be_zero`]: a.mayBeZero,
    [`${prefix}basis`]: a.basis, [`${prefix}period`]: a.period, [`${prefix}contingent_on`]: a.contingentOn,
  };
}

function qtyCells(prefix: string, q: { value: string; text: string; qualifier?: string | undefined } | undefined): Record<string, unknown> {
  return q ? { [prefix]: q.value, [`${prefix}_text`]: q.text, [`${prefix}_qualifier`]: q.qualifier } : {};
}

/** A consolidated value as text for the statements table. */
function statementValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return csvList(v.map(statementValue));
  if (typeof v === 'object' && 'qualifier' in v && 'currency' in v) {
    const a = v as Amount;
    return `${formatAmount(a)} (${a.text})`;
  }
  if (typeof v === 'object' && 'precision' in v) return isoAtPrecision(v as FuzzyDate) ?? '';
  if (typeof v === 'object' && 'qualifier' in v && 'text' in v) return String((v as { text: string }).text);
  if (typeof v === 'object' && 'from' in v && 'to' in v) {
    const p = v as { from: { id: string | null; name: string }; to: { id: string | null; name: string } };
    return `${p.from.id ?? p.from.name} > ${p.to.id ?? p.to.name}`;
  }
  return JSON.stringify(v);
}

function fieldValue(deal: Deal, field: string): unknown {
  if (field === 'parties') return { from: deal.from, to: deal.to };
  let v: unknown = deal;
  for (const key of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function statementRows(deal: Deal): Record<string, unknown>[] {
  const conflicted = new Set(deal.conflicts.map((c) => c.field));
  const rows: Record<string, unknown>[] = [];
  for (const [field, claimIds] of Object.entries(deal.provenance).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (conflicted.has(field)) continue;
    rows.push({ deal_id: deal.id, field, value: statementValue(fieldValue(deal, field)), claim_ids: csvList(claimIds), preferred: true, conflict: false });
  }
  for (const c of deal.conflicts) {
    for (const v of c.values) {
      rows.push({ deal_id: deal.id, field: c.field, value: statementValue(v.value), claim_ids: csvList(v.claimIds), preferred: v.preferred, conflict: true });
    }
  }
  return rows;
}

/**
 * The bundle as CSV tables, file name → contents. Amounts are decimal strings in currency
 * units; lists are "|"-joined; a cell that would start a spreadsheet formula is neutralised
 * with a leading apostrophe. `import` reads entities, deals, legs, claims and figures back.
 */
export function exportCsv(bundle: ExportBundle): Record<CsvTableName, string> {
  const ds = bundleToDataset(bundle);
  const dsDeals = new Map<string, DatasetDeal>(ds.deals.map((d) => [d.id, d]));
  const claims = new Map(bundle.claims.map((c) => [c.id, c] as const));
  const docs = new Map(bundle.documents.map((d) => [d.id, d] as const));

  const entities = ds.entities.map((e) => ({
    id: e.id, name: e.name, kind: e.kind, sector: e.sector,
    aliases: csvList(e.aliases.flatMap((a) => (typeof a === 'string' ? [a] : a.matchable ? [a.name] : []))),
    weak_aliases: csvList(e.aliases.flatMap((a) => (typeof a !== 'string' && !a.matchable ? [a.name] : []))),
    ticker: e.identifiers.ticker, wikidata: e.identifiers.wikidata, lei: e.identifiers.lei, domain: e.identifiers.domain,
    parents: csvList(e.parents.map((p) => [p.relation, p.id, ...(p.share !== undefined ? [p.share] : [])].join(':'))),
    products: csvList(e.products), descriptors: csvList(e.descriptors), description: e.description,
  }));

  const deals = bundle.deals.map((deal) => {
    const d = dsDeals.get(deal.id)!;
    return {
      id: d.id, title: d.title, type: d.type, from: d.from, to: d.to, status: d.status, confirmed: d.confirmed,
      ...d.dates,
      ...amountCells('amount_', d.amount),
      amount_low: deal.amount?.lower, amount_high: deal.amount?.upper, amount_label: deal.amount ? formatAmount(deal.amount) : '',
      ...qtyCells('stake_percent', d.terms.stakePercent),
      ...amountCells('valuation_', d.terms.valuation),
      ...qtyCells('capacity_gw', d.terms.capacityGW),
      ...qtyCells('shares', d.terms.shares),
      duration: d.terms.duration,
      names: d.terms.names ? csvList(d.terms.names) : undefined,
      description: d.terms.description,
      relations: csvList(d.relations.map((r) => `${r.kind}:${r.deal}`)),
      notes: d.notes,
      explicit_legs: d.legs !== undefined,
      first_reported: deal.firstReported,
      claims: deal.claimIds.length,
      independent_sources: deal.sources.filter((s) => s.independent).length,
      conflicts: deal.conflicts.length,
      reviewed: deal.reviewed,
    };
  });

  const legs = bundle.deals.flatMap((deal) => {
    const specs = dsDeals.get(deal.id)?.legs;
    return deal.legs.map((l, i) => {
      const spec = specs?.[i];
      return {
        leg_id: l.id, deal_id: l.dealId, from: spec?.from ?? l.from, to: spec?.to ?? l.to, asset: spec?.asset ?? l.asset,
        carries_amount: spec ? spec.carriesAmount : l.amount !== null,
        // NOTE: for explicit legs the cell holds what the source said (empty = not said); otherwise the derived flag.
        contingent: spec ? spec.contingent : l.contingent,
        explicit: spec !== undefined,
        amount_text: l.amount?.text, currency: l.amount?.currency, amount_low: l.amount?.lower, amount_high: l.amount?.upper, amount_point: l.amount?.point,
        status: l.status, start: l.start, end: l.end, reported_at: l.reportedAt,
      };
    });
  });

  const claimRows = bundle.deals.flatMap((deal) => {
    const own = deal.claimIds.flatMap((id) => {
      const c = claims.get(id);
      return c ? [c] : [];
    });
    const independent = new Set(deal.sources.filter((s) => s.independent).flatMap((s) => s.claimIds));
    if (own.length === 0) {
      return (dsDeals.get(deal.id)?.sources ?? []).map((s) => ({ deal_id: deal.id, outlet: s.outlet, published_at: s.date, url: s.url, title: s.title }));
    }
    return own.map((c) => {
      const s = datasetSource(c, docs.get(c.documentId));
      return {
        claim_id: c.id, deal_id: deal.id, document_id: c.documentId,
        outlet: s.outlet, published_at: s.date, url: s.url, title: s.title, quote: s.quote, attribution: s.attribution, repeats: s.repeats,
        claim_type: c.type, claim_status: c.status, amount_text: c.amount?.text, amount_low: c.amount?.lower, amount_high: c.amount?.upper,
        qualifier: c.amount?.qualifier, independent: independent.has(c.id), confidence: c.confidence, review: c.review, origin: c.origin,
        hedges: csvList(c.hedges),
      };
    });
  });

  const figures = ds.figures.map((f) => ({
    id: f.id, entity: f.entity, kind: f.kind, ...amountCells('amount_', f.amount), period: f.period,
    outlet: f.source.outlet, date: f.source.date, url: f.source.url, title: f.source.title, quote: f.source.quote, note: f.note,
  }));

  return {
    'entities.csv': csvTable(CSV_HEADERS['entities.csv'], entities),
    'deals.csv': csvTable(CSV_HEADERS['deals.csv'], deals),
    'legs.csv': csvTable(CSV_HEADERS['legs.csv'], legs),
    'claims.csv': csvTable(CSV_HEADERS['claims.csv'], claimRows),
    'statements.csv': csvTable(CSV_HEADERS['statements.csv'], bundle.deals.flatMap(statementRows)),
    'figures.csv': csvTable(CSV_HEADERS['figures.csv'], figures),
  };
}

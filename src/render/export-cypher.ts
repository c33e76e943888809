/** The `cypher` export: a Neo4j script of MERGE statements (idempotent: running it twice changes nothing). */
import type { Entity, EntityKind } from '../core/entity.js';
import { DEAL_TYPE_INFO } from '../core/deal-type.js';
import type { ExportBundle } from './export-bundle.js';
import { type ExportOptions, graphRecords } from './export-edges.js';

const LABEL_OF: Readonly<Record<EntityKind, string>> = {
  company: 'Company', joint_venture: 'JointVenture', fund: 'Fund', government: 'Government', person: 'Person', outlet: 'Outlet',
};

/**
 * A Cypher string literal: single-quoted, with backslash, quote and control characters escaped.
 * @example cypherString("O'Brien") // "'O\\'Brien'"
 */
export function cypherString(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped.
  const body = s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === "'") return "\\'";
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${body}'`;
}

type Value = string | number | boolean | null | undefined;

/** A Cypher literal for a value: strings quoted, numbers and booleans as they are, absent as null. */
function lit(v: Value): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  return String(v);
}

/** `SET` assignments for a map of properties (null values remove the property). */
function sets(variable: string, props: Readonly<Record<string, Value>>): string {
  return Object.entries(props).map(([k, v]) => `${variable}.${k} = ${lit(v)}`).join(', ');
}

function entityStatements(e: Entity): string[] {
  const out = [
    `MERGE (n:Entity {id: ${lit(e.id)}}) SET n:${LABEL_OF[e.kind]}, ${sets('n', {
      name: e.name, kind: e.kind, sector: e.sector, ticker: e.identifiers.ticker, wikidata: e.identifiers.wikidata, lei: e.identifiers.lei,
    })};`,
  ];
  return out;
}

/**
 * The bundle as a Cypher script for Neo4j: `(:Entity:Company {id, name, ...})`, `(:Deal {...})`,
 * `(:Entity)-[:PARTY_TO {role}]->(:Deal)`, `(:Entity)-[:FLOW {leg_id, asset, status, amounts...}]->(:Entity)`
 * per leg, `(:Article)-[:SOURCE_OF]->(:Deal)`, `(:Claim)-[:ASSERTS]->(:Deal)`, `(:Claim)-[:FROM_DOC]->(:Article)`,
 * and `(:Entity)-[:PART_OF {relation, share}]->(:Entity)` for parents. Amounts are numbers in
 * currency units. Run with `cypher-shell -f roundtrip.cypher`.
 */
export function exportCypher(bundle: ExportBundle, options: ExportOptions = {}): string {
  const { edges } = graphRecords(bundle, options);
  const known = new Set<string>(bundle.entities.map((e) => e.id));
  const docIds = new Set(bundle.documents.map((d) => d.id));
  const out: string[] = [
    '// roundtrip: deals between companies, for Neo4j. Run: cypher-shell -f roundtrip.cypher',
    'CREATE CONSTRAINT roundtrip_entity IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT roundtrip_deal IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT roundtrip_article IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT roundtrip_claim IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;',
  ];
  for (const e of bundle.entities) out.push(...entityStatements(e));
  for (const e of bundle.entities) {
    for (const p of e.parents) {
      if (!known.has(p.id)) continue;
      out.push(`MATCH (c:Entity {id: ${lit(e.id)}}), (p:Entity {id: ${lit(p.id)}}) MERGE (c)-[r:PART_OF]->(p) SET ${sets('r', { relation: p.relation, share: p.share === undefined ? null : Number(p.share) })};`);
    }
  }
  const stubs = new Set(edges.flatMap((e) => [e.source, e.target]).filter((id) => !known.has(id)));
  for (const id of stubs) out.push(`MERGE (n:Entity {id: ${lit(id)}}) SET n.name = coalesce(n.name, ${lit(id)});`);
  for (const d of bundle.deals) {
    const a = d.amount;
    out.push(
      `MERGE (d:Deal {id: ${lit(d.id)}}) SET ${sets('d', {
        title: d.title, type: d.type, status: d.status, amount_text: a?.text, qualifier: a?.qualifier, currency: a?.currency,
        amount_low: a?.lower === null || a === null ? null : Number(a.lower), amount_high: a?.upper === null || a === null ? null : Number(a.upper),
        amount_point: a?.point === null || a === null ? null : Number(a.point), may_be_zero: a?.mayBeZero,
        first_reported: d.firstReported, independent_sources: d.sources.filter((s) => s.independent).length, reviewed: d.reviewed,
      })};`,
    );
    const roles = DEAL_TYPE_INFO[d.type].roles;
    for (const side of ['from', 'to'] as const) {
      const id = d[side].id;
      if (id) out.push(`MATCH (e:Entity {id: ${lit(id)}}), (d:Deal {id: ${lit(d.id)}}) MERGE (e)-[r:PARTY_TO {role: ${lit(roles[side])}}]->(d);`);
    }
  }
  for (const e of edges) {
    const props = Object.fromEntries(Object.entries(e.attributes).filter(([k]) => k !== 'sources'));
    out.push(`MATCH (a:Entity {id: ${lit(e.source)}}), (b:Entity {id: ${lit(e.target)}}) MERGE (a)-[r:FLOW {leg_id: ${lit(e.id)}}]->(b) SET ${sets('r', props)};`);
  }
  for (const doc of bundle.documents) {
    out.push(`MERGE (a:Article {id: ${lit(doc.id)}}) SET ${sets('a', { url: doc.url, title: doc.title, outlet: doc.outlet, published_at: doc.publishedAt, kind: doc.kind })};`);
  }
  for (const d of bundle.deals) {
    for (const docId of new Set(d.sources.map((s) => s.documentId))) {
      if (docIds.has(docId)) out.push(`MATCH (a:Article {id: ${lit(docId)}}), (d:Deal {id: ${lit(d.id)}}) MERGE (a)-[:SOURCE_OF]->(d);`);
    }
  }
  const dealOf = new Map(bundle.deals.flatMap((d) => d.claimIds.map((c) => [c, d.id] as const)));
  for (const c of bundle.claims) {
    out.push(`MERGE (c:Claim {id: ${lit(c.id)}}) SET ${sets('c', {
      type: c.type, status: c.status, amount_text: c.amount?.text, attribution: c.attribution.kind, origin: c.origin,
      confidence: c.confidence, review: c.review, published_at: c.publishedAt, quote: c.evidence[0]?.quote,
    })};`);
    const deal = dealOf.get(c.id);
    if (deal) out.push(`MATCH (c:Claim {id: ${lit(c.id)}}), (d:Deal {id: ${lit(deal)}}) MERGE (c)-[:ASSERTS]->(d);`);
    if (docIds.has(c.documentId)) out.push(`MATCH (c:Claim {id: ${lit(c.id)}}), (a:Article {id: ${lit(c.documentId)}}) MERGE (c)-[:FROM_DOC]->(a);`);
  }
  return `${out.join('\n')}\n`;
}

/** The tables behind a `Store`, as Kysely types: one row shape per table, JSON kept as text. */
import type { Generated } from 'kysely';

/**
 * A JSON document stored as text. NOTE: money inside stays decimal strings, because the JSON is
 * written from the domain objects as they are and never through a float column.
 */
export type JsonText = string;

export interface MetaTable {
  key: string;
  value: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  kind: string;
  sector: string;
  aliases: JsonText;
  identifiers: JsonText;
  parents: JsonText;
  products: JsonText;
  descriptors: JsonText;
  description: string | null;
}

export interface DocumentsTable {
  id: string;
  kind: string;
  url: string | null;
  outlet_id: string | null;
  outlet: string | null;
  title: string | null;
  published_at: string | null;
  retrieved_at: string;
  content_hash: string;
  text: string;
}

export interface ClaimsTable {
  id: string;
  document_id: string;
  type: string;
  from_party: JsonText;
  to_party: JsonText;
  /** Copies of the parties' entity ids, for lookups by company. */
  from_id: string | null;
  to_id: string | null;
  amount: JsonText | null;
  terms: JsonText;
  status: string;
  dates: JsonText;
  attribution: JsonText;
  hedges: JsonText;
  evidence: JsonText;
  origin: string;
  confidence: number;
  review: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  published_at: string | null;
  recorded_at: string;
  relation: string | null;
  edit_of: string | null;
  legs: JsonText | null;
}

export interface JudgementsTable {
  id: string;
  claim_id: string;
  deal_id: string;
  judgement: string;
  score: number | null;
  user: string;
  created_at: string;
  deleted_at: string | null;
}

export interface DealRecordsTable {
  id: string;
  title: string | null;
  version: number;
  relations: JsonText;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface FiguresTable {
  id: string;
  entity_id: string;
  kind: string;
  amount: JsonText;
  period: JsonText | null;
  document_id: string | null;
  evidence: JsonText;
  published_at: string | null;
  origin: string;
  note: string | null;
}

export interface ActionsTable {
  /** Append order, so actions with the same timestamp keep their sequence. */
  seq: Generated<number>;
  id: string;
  kind: string;
  who: string;
  at: string;
  target: string;
  payload: JsonText;
  undo_of: string | null;
}

/** Every table of the ledger database. */
export interface StoreDatabase {
  meta: MetaTable;
  entities: EntitiesTable;
  documents: DocumentsTable;
  claims: ClaimsTable;
  judgements: JudgementsTable;
  deal_records: DealRecordsTable;
  figures: FiguresTable;
  actions: ActionsTable;
}

/**
 * The SQL that schema version 1 (`0001-initial`) runs in each dialect, frozen as it shipped: tests
 * check that the migrations still run exactly this and that databases built from it still open.
 */

/** Statements of `0001-initial` in SQLite, in the order they run. */
export const SQLITE_SCHEMA_V1_SQL: readonly string[] = [
  'create table "meta" ("key" text primary key, "value" text not null)',
  'create table "entities" ("id" text primary key, "name" text not null, "kind" text not null, "sector" text not null, "aliases" text not null, "identifiers" text not null, "parents" text not null, "products" text not null, "descriptors" text not null, "description" text)',
  'create table "documents" ("id" text primary key, "kind" text not null, "url" text, "outlet_id" text, "outlet" text, "title" text, "published_at" text, "retrieved_at" text not null, "content_hash" text not null unique, "text" text not null)',
  'create index "documents_url" on "documents" ("url")',
  'create index "documents_published_at" on "documents" ("published_at")',
  'create table "claims" ("id" text primary key, "document_id" text not null references "documents" ("id"), "type" text not null, "from_party" text not null, "to_party" text not null, "from_id" text, "to_id" text, "amount" text, "terms" text not null, "status" text not null, "dates" text not null, "attribution" text not null, "hedges" text not null, "evidence" text not null, "origin" text not null, "confidence" real not null, "review" text not null, "reviewed_by" text, "reviewed_at" text, "published_at" text, "recorded_at" text not null, "relation" text, "edit_of" text, "legs" text)',
  'create index "claims_document_id" on "claims" ("document_id")',
  'create index "claims_review" on "claims" ("review")',
  'create index "claims_from_id" on "claims" ("from_id")',
  'create index "claims_to_id" on "claims" ("to_id")',
  'create index "claims_published_at" on "claims" ("published_at")',
  'create index "claims_recorded_at" on "claims" ("recorded_at")',
  'create table "deal_records" ("id" text primary key, "title" text, "version" integer not null, "relations" text not null, "notes" text, "created_at" text not null, "updated_at" text not null)',
  'create table "judgements" ("id" text primary key, "claim_id" text not null references "claims" ("id"), "deal_id" text not null references "deal_records" ("id"), "judgement" text not null, "score" real, "user" text not null, "created_at" text not null, "deleted_at" text)',
  'create index "judgements_claim_id" on "judgements" ("claim_id")',
  'create index "judgements_deal_id" on "judgements" ("deal_id")',
  'create table "figures" ("id" text primary key, "entity_id" text not null references "entities" ("id"), "kind" text not null, "amount" text not null, "period" text, "document_id" text references "documents" ("id"), "evidence" text not null, "published_at" text, "origin" text not null, "note" text)',
  'create index "figures_entity_id" on "figures" ("entity_id")',
  'create table "actions" ("seq" integer primary key autoincrement, "id" text not null unique, "kind" text not null, "who" text not null, "at" text not null, "target" text not null, "payload" text not null, "undo_of" text)',
  'create index "actions_target" on "actions" ("target")',
  'create index "actions_at" on "actions" ("at", "seq")',
];

/** Statements of `0001-initial` in PostgreSQL, in the order they run. */
export const POSTGRES_SCHEMA_V1_SQL: readonly string[] = [
  'create table "meta" ("key" text collate "C" primary key, "value" text collate "C" not null)',
  'create table "entities" ("id" text collate "C" primary key, "name" text collate "C" not null, "kind" text collate "C" not null, "sector" text collate "C" not null, "aliases" text collate "C" not null, "identifiers" text collate "C" not null, "parents" text collate "C" not null, "products" text collate "C" not null, "descriptors" text collate "C" not null, "description" text collate "C")',
  'create table "documents" ("id" text collate "C" primary key, "kind" text collate "C" not null, "url" text collate "C", "outlet_id" text collate "C", "outlet" text collate "C", "title" text collate "C", "published_at" text collate "C", "retrieved_at" text collate "C" not null, "content_hash" text collate "C" not null unique, "text" text collate "C" not null)',
  'create index "documents_url" on "documents" using hash ("url")',
  'create index "documents_published_at" on "documents" ("published_at")',
  'create table "claims" ("id" text collate "C" primary key, "document_id" text collate "C" not null references "documents" ("id"), "type" text collate "C" not null, "from_party" text collate "C" not null, "to_party" text collate "C" not null, "from_id" text collate "C", "to_id" text collate "C", "amount" text collate "C", "terms" text collate "C" not null, "status" text collate "C" not null, "dates" text collate "C" not null, "attribution" text collate "C" not null, "hedges" text collate "C" not null, "evidence" text collate "C" not null, "origin" text collate "C" not null, "confidence" double precision not null, "review" text collate "C" not null, "reviewed_by" text collate "C", "reviewed_at" text collate "C", "published_at" text collate "C", "recorded_at" text collate "C" not null, "relation" text collate "C", "edit_of" text collate "C", "legs" text collate "C")',
  'create index "claims_document_id" on "claims" ("document_id")',
  'create index "claims_review" on "claims" ("review")',
  'create index "claims_from_id" on "claims" ("from_id")',
  'create index "claims_to_id" on "claims" ("to_id")',
  'create index "claims_published_at" on "claims" ("published_at")',
  'create index "claims_recorded_at" on "claims" ("recorded_at")',
  'create table "deal_records" ("id" text collate "C" primary key, "title" text collate "C", "version" integer not null, "relations" text collate "C" not null, "notes" text collate "C", "created_at" text collate "C" not null, "updated_at" text collate "C" not null)',
  'create table "judgements" ("id" text collate "C" primary key, "claim_id" text collate "C" not null references "claims" ("id"), "deal_id" text collate "C" not null references "deal_records" ("id"), "judgement" text collate "C" not null, "score" double precision, "user" text collate "C" not null, "created_at" text collate "C" not null, "deleted_at" text collate "C")',
  'create index "judgements_claim_id" on "judgements" ("claim_id")',
  'create index "judgements_deal_id" on "judgements" ("deal_id")',
  'create table "figures" ("id" text collate "C" primary key, "entity_id" text collate "C" not null references "entities" ("id"), "kind" text collate "C" not null, "amount" text collate "C" not null, "period" text collate "C", "document_id" text collate "C" references "documents" ("id"), "evidence" text collate "C" not null, "published_at" text collate "C", "origin" text collate "C" not null, "note" text collate "C")',
  'create index "figures_entity_id" on "figures" ("entity_id")',
  'create table "actions" ("seq" bigint generated always as identity primary key, "id" text collate "C" not null unique, "kind" text collate "C" not null, "who" text collate "C" not null, "at" text collate "C" not null, "target" text collate "C" not null, "payload" text collate "C" not null, "undo_of" text collate "C")',
  'create index "actions_target" on "actions" ("target")',
  'create index "actions_at" on "actions" ("at", "seq")',
];

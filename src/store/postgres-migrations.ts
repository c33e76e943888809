/** The PostgreSQL schema's versioned migrations: the SQLite schema's tables in PostgreSQL types. */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

// NOTE: every text column compares byte-wise (COLLATE "C"), as SQLite's BINARY does. Ids, ISO
// timestamps and date prefixes are ordered and range-compared as strings (as-of queries, list
// order); a database created with a linguistic default collation (en_US, ICU) would otherwise
// sort "B-deal" after "a-deal" and disagree with the SQLite adapter.
const TEXT = sql`text collate "C"`;

/**
 * JSON columns are text too, not jsonb: the JSON round-trips byte for byte as in SQLite (jsonb
 * would reorder object keys, and callers compare JSON text, e.g. the dataset import's change
 * count). Money inside stays decimal strings either way. SQL users can still query them with
 * `amount::jsonb ->> 'point'`.
 */
const JSON_TEXT = TEXT;

/**
 * Migrations by name; names sort in the order they run. Never edit a released migration: add the
 * next one (the schema version is the number of migrations). Names match the SQLite migrations
 * that describe the same logical schema.
 */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('meta')
        .addColumn('key', TEXT, (c) => c.primaryKey())
        .addColumn('value', TEXT, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('entities')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('name', TEXT, (c) => c.notNull())
        .addColumn('kind', TEXT, (c) => c.notNull())
        .addColumn('sector', TEXT, (c) => c.notNull())
        .addColumn('aliases', JSON_TEXT, (c) => c.notNull())
        .addColumn('identifiers', JSON_TEXT, (c) => c.notNull())
        .addColumn('parents', JSON_TEXT, (c) => c.notNull())
        .addColumn('products', JSON_TEXT, (c) => c.notNull())
        .addColumn('descriptors', JSON_TEXT, (c) => c.notNull())
        .addColumn('description', TEXT)
        .execute();

      await db.schema
        .createTable('documents')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('kind', TEXT, (c) => c.notNull())
        .addColumn('url', TEXT)
        .addColumn('outlet_id', TEXT)
        .addColumn('outlet', TEXT)
        .addColumn('title', TEXT)
        .addColumn('published_at', TEXT)
        .addColumn('retrieved_at', TEXT, (c) => c.notNull())
        .addColumn('content_hash', TEXT, (c) => c.notNull().unique())
        .addColumn('text', TEXT, (c) => c.notNull())
        .execute();
      // NOTE: a hash index, because a B-tree refuses keys over ~2.7 kB and tracking-laden URLs
      // can be longer; lookups by URL are equality only.
      await db.schema
        .createIndex('documents_url')
        .on('documents')
        .using('hash')
        .column('url')
        .execute();
      await db.schema
        .createIndex('documents_published_at')
        .on('documents')
        .column('published_at')
        .execute();

      await db.schema
        .createTable('claims')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('document_id', TEXT, (c) => c.notNull().references('documents.id'))
        .addColumn('type', TEXT, (c) => c.notNull())
        .addColumn('from_party', JSON_TEXT, (c) => c.notNull())
        .addColumn('to_party', JSON_TEXT, (c) => c.notNull())
        .addColumn('from_id', TEXT)
        .addColumn('to_id', TEXT)
        .addColumn('amount', JSON_TEXT)
        .addColumn('terms', JSON_TEXT, (c) => c.notNull())
        .addColumn('status', TEXT, (c) => c.notNull())
        .addColumn('dates', JSON_TEXT, (c) => c.notNull())
        .addColumn('attribution', JSON_TEXT, (c) => c.notNull())
        .addColumn('hedges', JSON_TEXT, (c) => c.notNull())
        .addColumn('evidence', JSON_TEXT, (c) => c.notNull())
        .addColumn('origin', TEXT, (c) => c.notNull())
        // NOTE: double precision, as SQLite's REAL is 8 bytes; PostgreSQL's real is only 4.
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('review', TEXT, (c) => c.notNull())
        .addColumn('reviewed_by', TEXT)
        .addColumn('reviewed_at', TEXT)
        .addColumn('published_at', TEXT)
        .addColumn('recorded_at', TEXT, (c) => c.notNull())
        .addColumn('relation', TEXT)
        .addColumn('edit_of', TEXT)
        .addColumn('legs', JSON_TEXT)
        .execute();
      for (const column of [
        'document_id',
        'review',
        'from_id',
        'to_id',
        'published_at',
        'recorded_at',
      ]) {
        await db.schema.createIndex(`claims_${column}`).on('claims').column(column).execute();
      }

      await db.schema
        .createTable('deal_records')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('title', TEXT)
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('relations', JSON_TEXT, (c) => c.notNull())
        .addColumn('notes', TEXT)
        .addColumn('created_at', TEXT, (c) => c.notNull())
        .addColumn('updated_at', TEXT, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('judgements')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('claim_id', TEXT, (c) => c.notNull().references('claims.id'))
        .addColumn('deal_id', TEXT, (c) => c.notNull().references('deal_records.id'))
        .addColumn('judgement', TEXT, (c) => c.notNull())
        .addColumn('score', 'double precision')
        .addColumn('user', TEXT, (c) => c.notNull())
        .addColumn('created_at', TEXT, (c) => c.notNull())
        .addColumn('deleted_at', TEXT)
        .execute();
      await db.schema
        .createIndex('judgements_claim_id')
        .on('judgements')
        .column('claim_id')
        .execute();
      await db.schema
        .createIndex('judgements_deal_id')
        .on('judgements')
        .column('deal_id')
        .execute();

      await db.schema
        .createTable('figures')
        .addColumn('id', TEXT, (c) => c.primaryKey())
        .addColumn('entity_id', TEXT, (c) => c.notNull().references('entities.id'))
        .addColumn('kind', TEXT, (c) => c.notNull())
        .addColumn('amount', JSON_TEXT, (c) => c.notNull())
        .addColumn('period', JSON_TEXT)
        .addColumn('document_id', TEXT, (c) => c.references('documents.id'))
        .addColumn('evidence', JSON_TEXT, (c) => c.notNull())
        .addColumn('published_at', TEXT)
        .addColumn('origin', TEXT, (c) => c.notNull())
        .addColumn('note', TEXT)
        .execute();
      await db.schema.createIndex('figures_entity_id').on('figures').column('entity_id').execute();

      await db.schema
        .createTable('actions')
        .addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('id', TEXT, (c) => c.notNull().unique())
        .addColumn('kind', TEXT, (c) => c.notNull())
        .addColumn('who', TEXT, (c) => c.notNull())
        .addColumn('at', TEXT, (c) => c.notNull())
        .addColumn('target', TEXT, (c) => c.notNull())
        .addColumn('payload', JSON_TEXT, (c) => c.notNull())
        .addColumn('undo_of', TEXT)
        .execute();
      await db.schema.createIndex('actions_target').on('actions').column('target').execute();
      await db.schema.createIndex('actions_at').on('actions').columns(['at', 'seq']).execute();
    },
  },
};

/** The schema version this build writes: one per migration. */
export const POSTGRES_SCHEMA_VERSION = Object.keys(POSTGRES_MIGRATIONS).length;

/** A `MigrationProvider` over the static list (no folder scan, so it works after `tsc`). */
export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...POSTGRES_MIGRATIONS }),
};

/** The SQLite schema's versioned migrations, listed statically so they survive compilation. */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * Migrations by name; names sort in the order they run. Never edit a released migration:
 * add the next one and bump nothing else (the schema version is the number of migrations).
 */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('sector', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('identifiers', 'text', (c) => c.notNull())
        .addColumn('parents', 'text', (c) => c.notNull())
        .addColumn('products', 'text', (c) => c.notNull())
        .addColumn('descriptors', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .execute();

      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('outlet_id', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('published_at', 'text')
        .addColumn('retrieved_at', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_url').on('documents').column('url').execute();
      await db.schema
        .createIndex('documents_published_at')
        .on('documents')
        .column('published_at')
        .execute();

      await db.schema
        .createTable('claims')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('from_party', 'text', (c) => c.notNull())
        .addColumn('to_party', 'text', (c) => c.notNull())
        .addColumn('from_id', 'text')
        .addColumn('to_id', 'text')
        .addColumn('amount', 'text')
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('dates', 'text', (c) => c.notNull())
        .addColumn('attribution', 'text', (c) => c.notNull())
        .addColumn('hedges', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('review', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('published_at', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('relation', 'text')
        .addColumn('edit_of', 'text')
        .addColumn('legs', 'text')
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
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('relations', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('judgements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
        .addColumn('deal_id', 'text', (c) => c.notNull().references('deal_records.id'))
        .addColumn('judgement', 'text', (c) => c.notNull())
        .addColumn('score', 'real')
        .addColumn('user', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
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
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount', 'text', (c) => c.notNull())
        .addColumn('period', 'text')
        .addColumn('document_id', 'text', (c) => c.references('documents.id'))
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .execute();
      await db.schema.createIndex('figures_entity_id').on('figures').column('entity_id').execute();

      await db.schema
        .createTable('actions')
        .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('who', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('undo_of', 'text')
        .execute();
      await db.schema.createIndex('actions_target').on('actions').column('target').execute();
      await db.schema.createIndex('actions_at').on('actions').columns(['at', 'seq']).execute();
    },
  },
};

/** The schema version this build writes: one per migration. */
export const SQLITE_SCHEMA_VERSION = Object.keys(SQLITE_MIGRATIONS).length;

/** A `MigrationProvider` over the static list (no folder scan, so it works after `tsc`). */
export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...SQLITE_MIGRATIONS }),
};

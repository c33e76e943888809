/** The ledger schema's versioned migrations, written once over the column types each SQL dialect supplies. */
import type {
  ColumnDataType,
  ColumnDefinitionBuilder,
  Expression,
  Kysely,
  Migration,
  MigrationProvider,
} from 'kysely';

/** A column type as Kysely takes it: a name it knows, or raw SQL such as `text collate "C"`. */
export type ColumnType = ColumnDataType | Expression<unknown>;

/** What differs between dialects; everything else in the schema is shared. */
export interface SchemaDialect {
  /** Ids, names, dates and other plain text. */
  readonly text: ColumnType;
  /** JSON documents, stored as text so they round-trip byte for byte. */
  readonly json: ColumnType;
  /** 8-byte floating point (confidences and scores, never money). */
  readonly float: ColumnType;
  /** The actions table's insertion order: type and how the database fills it in. */
  readonly sequence: {
    readonly type: ColumnType;
    readonly build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  };
  /** The index method for lookups of documents by URL (equality only); the default when absent. */
  readonly urlIndexUsing?: string;
}

/** One schema step, as a migration for the given dialect. */
type Step = (d: SchemaDialect) => Migration;

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

/** The first schema: entities, documents, claims, deal records, judgements, figures, actions. */
const initial: Step = (d) => ({
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('meta')
      .addColumn('key', d.text, (c) => c.primaryKey())
      .addColumn('value', d.text, notNull)
      .execute();

    await db.schema
      .createTable('entities')
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('name', d.text, notNull)
      .addColumn('kind', d.text, notNull)
      .addColumn('sector', d.text, notNull)
      .addColumn('aliases', d.json, notNull)
      .addColumn('identifiers', d.json, notNull)
      .addColumn('parents', d.json, notNull)
      .addColumn('products', d.json, notNull)
      .addColumn('descriptors', d.json, notNull)
      .addColumn('description', d.text)
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('kind', d.text, notNull)
      .addColumn('url', d.text)
      .addColumn('outlet_id', d.text)
      .addColumn('outlet', d.text)
      .addColumn('title', d.text)
      .addColumn('published_at', d.text)
      .addColumn('retrieved_at', d.text, notNull)
      .addColumn('content_hash', d.text, (c) => c.notNull().unique())
      .addColumn('text', d.text, notNull)
      .execute();
    const byUrl = db.schema.createIndex('documents_url').on('documents');
    await (d.urlIndexUsing ? byUrl.using(d.urlIndexUsing) : byUrl).column('url').execute();
    await db.schema
      .createIndex('documents_published_at')
      .on('documents')
      .column('published_at')
      .execute();

    await db.schema
      .createTable('claims')
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('document_id', d.text, (c) => c.notNull().references('documents.id'))
      .addColumn('type', d.text, notNull)
      .addColumn('from_party', d.json, notNull)
      .addColumn('to_party', d.json, notNull)
      .addColumn('from_id', d.text)
      .addColumn('to_id', d.text)
      .addColumn('amount', d.json)
      .addColumn('terms', d.json, notNull)
      .addColumn('status', d.text, notNull)
      .addColumn('dates', d.json, notNull)
      .addColumn('attribution', d.json, notNull)
      .addColumn('hedges', d.json, notNull)
      .addColumn('evidence', d.json, notNull)
      .addColumn('origin', d.text, notNull)
      .addColumn('confidence', d.float, notNull)
      .addColumn('review', d.text, notNull)
      .addColumn('reviewed_by', d.text)
      .addColumn('reviewed_at', d.text)
      .addColumn('published_at', d.text)
      .addColumn('recorded_at', d.text, notNull)
      .addColumn('relation', d.text)
      .addColumn('edit_of', d.text)
      .addColumn('legs', d.json)
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
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('title', d.text)
      .addColumn('version', 'integer', notNull)
      .addColumn('relations', d.json, notNull)
      .addColumn('notes', d.text)
      .addColumn('created_at', d.text, notNull)
      .addColumn('updated_at', d.text, notNull)
      .execute();

    await db.schema
      .createTable('judgements')
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('claim_id', d.text, (c) => c.notNull().references('claims.id'))
      .addColumn('deal_id', d.text, (c) => c.notNull().references('deal_records.id'))
      .addColumn('judgement', d.text, notNull)
      .addColumn('score', d.float)
      .addColumn('user', d.text, notNull)
      .addColumn('created_at', d.text, notNull)
      .addColumn('deleted_at', d.text)
      .execute();
    for (const column of ['claim_id', 'deal_id']) {
      await db.schema.createIndex(`judgements_${column}`).on('judgements').column(column).execute();
    }

    await db.schema
      .createTable('figures')
      .addColumn('id', d.text, (c) => c.primaryKey())
      .addColumn('entity_id', d.text, (c) => c.notNull().references('entities.id'))
      .addColumn('kind', d.text, notNull)
      .addColumn('amount', d.json, notNull)
      .addColumn('period', d.json)
      .addColumn('document_id', d.text, (c) => c.references('documents.id'))
      .addColumn('evidence', d.json, notNull)
      .addColumn('published_at', d.text)
      .addColumn('origin', d.text, notNull)
      .addColumn('note', d.text)
      .execute();
    await db.schema.createIndex('figures_entity_id').on('figures').column('entity_id').execute();

    await db.schema
      .createTable('actions')
      .addColumn('seq', d.sequence.type, d.sequence.build)
      .addColumn('id', d.text, (c) => c.notNull().unique())
      .addColumn('kind', d.text, notNull)
      .addColumn('who', d.text, notNull)
      .addColumn('at', d.text, notNull)
      .addColumn('target', d.text, notNull)
      .addColumn('payload', d.json, notNull)
      .addColumn('undo_of', d.text)
      .execute();
    await db.schema.createIndex('actions_target').on('actions').column('target').execute();
    await db.schema.createIndex('actions_at').on('actions').columns(['at', 'seq']).execute();
  },
});

/**
 * The steps by name; names sort in the order they run. Never edit a released step (the SQL each
 * runs is pinned in store-schema-v1.ts and its test): add the next one. The schema version is
 * the number of steps.
 */
const STEPS: Readonly<Record<string, Step>> = {
  '0001-initial': initial,
};

/** Every step as a migration for one dialect, by name. */
export function migrationsFor(dialect: SchemaDialect): Readonly<Record<string, Migration>> {
  return Object.fromEntries(Object.entries(STEPS).map(([name, step]) => [name, step(dialect)]));
}

/** The schema version this build writes: one per step, the same in every dialect. */
export const STORE_SCHEMA_VERSION = Object.keys(STEPS).length;

/** A `MigrationProvider` over a static list (no folder scan, so it works after `tsc`). */
export function staticMigrationProvider(
  migrations: Readonly<Record<string, Migration>>,
): MigrationProvider {
  return { getMigrations: () => Promise.resolve({ ...migrations }) };
}

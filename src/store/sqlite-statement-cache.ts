/** A prepared-statement cache in front of better-sqlite3, for Kysely's SQLite dialect. */
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Wrap `raw` so that the same SQL text reuses its prepared statement: Kysely prepares every query
 * anew, which costs parse time and native memory on long ingests. Keeps the `max` most recently
 * used statements; a statement still being iterated is never handed out twice.
 */
export function withStatementCache(raw: Database.Database, max = 200): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      // NOTE: a busy statement is mid-iteration (a streamed query); a second use needs its own.
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit as unknown as SqliteStatement;
      }
      const stmt = raw.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > max) cache.delete(cache.keys().next().value!);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('withStatementCache', () => {
  const open = () => {
    const raw = new Database(':memory:');
    raw.exec('create table t (x integer)');
    return { raw, db: withStatementCache(raw, 2) };
  };

  it('hands back the same prepared statement for the same SQL', () => {
    const { db } = open();
    expect(db.prepare('select x from t')).toBe(db.prepare('select x from t'));
  });

  it('keeps only the most recently used statements', () => {
    const { db } = open();
    const a = db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(db.prepare('select 3'));
  });

  it('gives a fresh statement while the cached one is still being iterated, with the right rows', () => {
    const { db } = open();
    db.prepare('insert into t values (?)').run([1]);
    db.prepare('insert into t values (?)').run([2]);
    const outer = db.prepare('select x from t order by x').iterate([]);
    const first = outer.next().value as { x: number };
    const inner = db.prepare('select x from t order by x').all([]);
    expect(first.x).toBe(1);
    expect(inner).toEqual([{ x: 1 }, { x: 2 }]);
    expect((outer.next().value as { x: number }).x).toBe(2);
  });

  it('closes the database', () => {
    const { raw, db } = open();
    db.close();
    expect(raw.open).toBe(false);
  });
});

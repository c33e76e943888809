/** PostgreSQL URLs: what they point at, what is malformed, and printing them without the password. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { isPostgresUrl, parsePostgresUrl, redactLocation } from './postgres-url.js';

describe('isPostgresUrl', () => {
  it('accepts both schemes in any case and nothing else', () => {
    expect(isPostgresUrl('postgres://db/x')).toBe(true);
    expect(isPostgresUrl('  PostgreSQL://db/x')).toBe(true);
    expect(isPostgresUrl('/home/ana/roundtrip.sqlite')).toBe(false);
    expect(isPostgresUrl(':memory:')).toBe(false);
    expect(isPostgresUrl('postgres:/db')).toBe(false);
    expect(isPostgresUrl('mysql://db/x')).toBe(false);
  });
});

describe('parsePostgresUrl', () => {
  it('reads user, host, port and database, with defaults', () => {
    expect(parsePostgresUrl('postgres://ana:pw@db.example:5433/ledger')).toEqual({
      host: 'db.example',
      port: 5433,
      user: 'ana',
      database: 'ledger',
      address: 'db.example:5433',
      label: 'ana@db.example:5433/ledger',
    });
    expect(parsePostgresUrl('postgresql://localhost')).toMatchObject({
      host: 'localhost',
      port: 5432,
      user: null,
      database: null,
    });
    expect(parsePostgresUrl('postgres://[::1]:6000/x').address).toBe('[::1]:6000');
    expect(parsePostgresUrl('postgres://an%40a:p%2Fw@h/d%20b')).toMatchObject({
      user: 'an@a',
      database: 'd b',
    });
  });

  it('lets query parameters name the host, port and user, as pg does', () => {
    expect(parsePostgresUrl('postgres://ana@/ledger?host=/run/postgresql&port=5444')).toMatchObject(
      {
        host: '/run/postgresql',
        port: 5444,
        user: 'ana',
        database: 'ledger',
        address: '/run/postgresql:5444',
      },
    );
    expect(parsePostgresUrl('postgres://h/d?user=bob').user).toBe('bob');
  });

  it('refuses malformed URLs with a bad_url store error that never echoes them', () => {
    const cases = [
      'postgres://ana:s3cret-1@host:port/db',
      'postgres://ana:s3cret-1@host:70000/db',
      'postgres://ana:s3cret-1%zz@host/db',
      'postgres://ana:s3cret-1@host/db?port=abc',
      'http://ana:s3cret-1@host/db',
      'postgres://ana:s3cret/1@host/db',
      'postgres://ana:s3cret?1@host/db',
    ];
    for (const url of cases) {
      const error = (() => {
        try {
          parsePostgresUrl(url);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, url).toBeInstanceOf(StoreError);
      expect((error as StoreError).details.reason).toBe('bad_url');
      expect((error as StoreError).message).not.toContain('s3cret');
      expect((error as StoreError).cause).toBeUndefined();
    }
  });
});

describe('redactLocation', () => {
  it('hides the password and the query, and leaves file paths alone', () => {
    expect(redactLocation('postgres://ana:s3cret@db/ledger')).toBe(
      'postgres://ana:***@db:5432/ledger',
    );
    expect(redactLocation('postgres://ana@db:6000/ledger?password=s3cret')).toBe(
      'postgres://ana@db:6000/ledger',
    );
    expect(redactLocation('postgres://ana:s3cret@/ledger?host=/run/pg')).toBe(
      'postgres://ana:***@/ledger?host=/run/pg&port=5432',
    );
    expect(redactLocation('postgres://ana:s3cret@host:port/db')).toBe(
      'postgres://(malformed URL, not shown)',
    );
    expect(redactLocation('/data/roundtrip.sqlite')).toBe('/data/roundtrip.sqlite');
  });

  it('never shows any password (property)', () => {
    const password = fc
      .string({ minLength: 6, maxLength: 20 })
      .filter((p) => p.trim().length >= 6 && !'postgres://ana@db.example:5432/ledger'.includes(p));
    fc.assert(
      fc.property(password, fc.boolean(), (raw, encode) => {
        const written = encode ? encodeURIComponent(raw) : raw;
        const shown = redactLocation(`postgres://ana:${written}@db.example:5432/ledger`);
        expect(shown).not.toContain(written);
      }),
      { numRuns: 300 },
    );
  });
});

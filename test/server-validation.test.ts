/** Request validation and the one error mapping: clear 4xx answers, generic 500s, never a stack. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { ConflictError, DataError, NotFoundError, StoreError } from '../src/core/errors.js';
import { createApp } from '../src/server/app.js';
import { mapError } from '../src/server/error-mapping.js';
import { Ledger } from '../src/ledger/ledger.js';
import { type TestLedger, openTestLedger } from './fixtures/web/test-ledger.js';

let t: TestLedger;
let app: Hono;

beforeAll(async () => {
  t = await openTestLedger();
  app = createApp({ ledger: t.ledger, webDir: null, maxBodyBytes: 4096 });
});
afterAll(async () => t.close());

interface ErrorJson {
  error: { code: string; message: string; details?: { issues?: { path: string }[] } };
}

async function expectError(res: Response, status: number, code: string): Promise<ErrorJson> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body;
}

describe('query validation', () => {
  it.each([
    ['/api/graph?statuses=announced,maybe', 'statuses.1'],
    ['/api/graph?types=gift', 'types.0'],
    ['/api/graph?view=both', 'view'],
    ['/api/graph?policy=median', 'policy'],
    ['/api/graph?asOf=2025-13-01', 'asOf'],
    ['/api/graph?rollup=perhaps', 'rollup'],
    ['/api/loops?maxLength=1', 'maxLength'],
    ['/api/loops?limit=-3', 'limit'],
    ['/api/deals?from=yesterday', 'from'],
    ['/api/diff?from=2025-01-01', 'to'],
    ['/api/claims?review=pending', 'review.0'],
  ])('%s → 400 naming %s', async (path, field) => {
    const body = await expectError(await app.request(path), 400, 'invalid_input');
    expect(body.error.details?.issues?.[0]?.path).toBe(field);
    expect(body.error.message).toContain(field);
  });

  it('answers 404 for an unknown company named in a filter, with suggestions', async () => {
    await expectError(await app.request('/api/deals?company=Nvidiaa'), 404, 'not_found');
  });

  it('answers 404 JSON for unknown API paths and methods', async () => {
    await expectError(await app.request('/api/nothing'), 404, 'not_found');
    await expectError(await app.request('/api/deals', { method: 'DELETE' }), 404, 'not_found');
  });
});

describe('body validation', () => {
  const post = (path: string, body: string, type = 'application/json') =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body });

  it('refuses a body that is not JSON, not declared JSON, too large, or has unknown fields', async () => {
    await expectError(await post('/api/ingest', '{"text": '), 400, 'invalid_input');
    await expectError(
      await post('/api/ingest', 'text=hello', 'application/x-www-form-urlencoded'),
      415,
      'unsupported',
    );
    await expectError(
      await post('/api/ingest', JSON.stringify({ text: 'x'.repeat(5000) })),
      413,
      'payload_too_large',
    );
    const unknown = await expectError(
      await post('/api/ingest', JSON.stringify({ text: 'hello', sneaky: true })),
      400,
      'invalid_input',
    );
    expect(unknown.error.message).toContain('sneaky');
    await expectError(
      await post('/api/ingest', JSON.stringify({ url: 'file:///etc/passwd' })),
      400,
      'invalid_input',
    );
    await expectError(
      await post('/api/review/claims/x/edit', JSON.stringify({ patch: { status: 'maybe' } })),
      400,
      'invalid_input',
    );
  });
});

describe('error mapping', () => {
  it('maps each error code to its status, keeping the message', () => {
    expect(mapError(new NotFoundError('no deal "x"')).status).toBe(404);
    expect(mapError(new ConflictError('stale')).status).toBe(409);
    expect(mapError(new DataError('bad file')).status).toBe(422);
    expect(mapError(new StoreError('locked')).status).toBe(503);
    expect(mapError(new StoreError('locked')).body.error.message).toBe('locked');
  });

  it('turns anything else into a generic 500 and logs the stack on the server only', async () => {
    class BrokenLedger extends Ledger {
      override async entities(): Promise<never> {
        throw new TypeError('secret internals at /home/ana/ledger.ts:42');
      }
    }
    const logged: string[] = [];
    const broken = createApp({
      ledger: new BrokenLedger(t.ledger.store),
      webDir: null,
      log: (m) => logged.push(m),
    });
    const res = await broken.request('/api/companies');
    const body = await expectError(res, 500, 'internal');
    const text = JSON.stringify(body);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('ledger.ts');
    expect(text).not.toMatch(/\bat\s/);
    expect(logged.join('\n')).toContain('secret internals');
  });
});

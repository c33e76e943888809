/** The web app host (assets, page fallback, no path escapes) and the OpenAPI document. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import { apiRoutes } from '../src/server/routes.js';
import { type TestLedger, openTestLedger } from './fixtures/web/test-ledger.js';

let t: TestLedger;
let web: string;
let app: Hono;

beforeAll(async () => {
  t = await openTestLedger();
  web = await mkdtemp(join(tmpdir(), 'roundtrip-webdist-'));
  await mkdir(join(web, 'assets'));
  await writeFile(
    join(web, 'index.html'),
    '<!doctype html><title>roundtrip test page</title><script type="module" src="/assets/app-abc123.js"></script>',
  );
  await writeFile(join(web, 'assets', 'app-abc123.js'), 'console.log("app")');
  await writeFile(join(t.dir, 'secret.txt'), 'top secret');
  app = createApp({ ledger: t.ledger, webDir: web });
});
afterAll(async () => {
  await rm(web, { recursive: true, force: true });
  await t.close();
});

describe('web app host', () => {
  it('serves index.html for the app and for every page of it', async () => {
    for (const path of [
      '/',
      '/map',
      '/loops/nvidia%3Eopenai%3Eoracle',
      '/deals/openai-oracle-2025?asOf=2025-10-01',
      '/review',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('roundtrip test page');
    }
  });

  it('serves hashed assets with a long cache and their type', async () => {
    const res = await app.request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log("app")');
  });

  it('answers 404 for missing assets and never leaves the web folder', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      `/..%2f${t.dir.split('/').pop()}%2fsecret.txt`,
    ]) {
      const res = await app.request(path);
      expect(await res.text(), path).not.toContain('top secret');
    }
  });

  it('explains how to build when the app is not built', async () => {
    const bare = createApp({ ledger: t.ledger, webDir: join(web, 'nowhere') });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('OpenAPI document', () => {
  it('lists every route with its parameters, bodies and error answers', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: {
              name: string;
              in: string;
              required: boolean;
              schema: { enum?: string[] };
            }[];
            requestBody?: unknown;
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of apiRoutes) {
      const path = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(doc.paths[path]?.[r.method], `${r.method} ${path}`).toBeDefined();
    }
    const graph = doc.paths['/api/graph']!.get!;
    expect(graph.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'asOf',
        'statuses',
        'types',
        'view',
        'policy',
        'rollup',
        'includeUnreviewed',
      ]),
    );
    expect(graph.parameters.find((p) => p.name === 'view')?.schema.enum).toEqual([
      'money',
      'value',
    ]);
    const deal = doc.paths['/api/deals/{id}']!.get!;
    expect(deal.parameters.find((p) => p.name === 'id')).toMatchObject({
      in: 'path',
      required: true,
    });
    const accept = doc.paths['/api/review/claims/{id}/accept']!.post!;
    expect(accept.requestBody).toBeDefined();
    expect(Object.keys(accept.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '404', '409', '413']),
    );
  });
});

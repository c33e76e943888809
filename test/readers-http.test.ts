import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/document.js';
import { entityId } from '../src/core/ids.js';
import {
  readErrorReason,
  readSource,
  type ReadOptions,
  type ReadResult,
} from '../src/ingest/readers.js';

// The machines have no internet: every URL here is served by this test on loopback.
const fixture = (name: string): Buffer => readFileSync(join('test/fixtures/readers', name));
const seen: IncomingHttpHeaders[] = [];

type Route =
  | { status?: number; type?: string; body?: Buffer | string; headers?: Record<string, string> }
  | 'hang'
  | 'stream-big';

function routes(): Record<string, Route> {
  const cp1252 = fixture('cp1252.html');
  return {
    '/articles/nvidia-openai.html': {
      type: 'text/html; charset=utf-8',
      body: fixture('nvidia-openai.html'),
    },
    '/articles/oracle-cloud.html': { type: 'text/html', body: fixture('oracle-cloud.html') },
    '/articles/gone.html': { status: 404, type: 'text/html', body: '<h1>Not found</h1>' },
    '/error': { status: 500, type: 'text/plain', body: 'boom' },
    '/index': { type: 'text/html', body: fixture('index-page.html') },
    '/plain': { type: 'text/plain; charset=utf-8', body: fixture('dated.txt') },
    '/picture': { type: 'image/png', body: fixture('image.png') },
    // The meta tag is gone: only the HTTP header names the charset.
    '/latin1-by-header': {
      type: 'text/html; charset=ISO-8859-1',
      body: Buffer.from(
        cp1252.toString('latin1').replace('<meta charset="windows-1252">', ''),
        'latin1',
      ),
    },
    '/feed.rss': { type: 'application/rss+xml', body: fixture('links-only.rss') },
    '/full.xml': { type: 'text/xml', body: fixture('rss.xml') },
    '/companies.atom': { type: 'application/atom+xml; charset=utf-8', body: fixture('atom.xml') },
    '/feed-served-as-html': { type: 'text/html', body: fixture('atom.xml') },
    '/not-a-feed': { type: 'application/xml', body: fixture('not-a-feed.xml') },
    '/redirect': { status: 302, headers: { location: '/articles/nvidia-openai.html' } },
    '/redirect-twice': { status: 301, headers: { location: '/redirect' } },
    '/loop': { status: 307, headers: { location: '/loop' } },
    '/to-ftp': { status: 302, headers: { location: 'ftp://files.test/a.txt' } },
    '/slow': 'hang',
    '/big-declared': { type: 'text/html', body: 'x'.repeat(20_000) },
    '/big-streamed': 'stream-big',
  };
}

let server: Server;
let base = '';
let refusedBase = '';

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  const table = routes();
  server = createServer((req, res) => {
    seen.push(req.headers);
    const route = table[new URL(req.url ?? '/', 'http://x').pathname];
    if (route === undefined) {
      res.writeHead(404).end();
    } else if (route === 'hang') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Part of a page that never ends');
    } else if (route === 'stream-big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40; i++) res.write(`<p>${'y'.repeat(1000)}</p>`);
      res.end();
    } else {
      res.writeHead(route.status ?? 200, {
        ...(route.type ? { 'content-type': route.type } : {}),
        ...route.headers,
      });
      res.end(route.body);
    }
  });
  base = await listen(server);
  const closed = createServer();
  refusedBase = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const OUTLETS = [
  { id: entityId('example-wire'), name: 'Example Wire', domains: ['examplewire.test'] },
];

async function readAll(input: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSource(input, { outlets: OUTLETS, timeoutMs: 5_000, ...options }))
    out.push(r);
  return out;
}

async function document(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const [first, ...rest] = await readAll(`${base}${path}`, options);
  expect(rest).toEqual([]);
  if (first?.kind !== 'document')
    throw new Error(`expected a document, got ${JSON.stringify(first)}`);
  return first.document;
}

async function failure(
  path: string,
  options: ReadOptions = {},
): Promise<{ code: string; reason: string | undefined; status: unknown }> {
  const [first] = await readAll(path.startsWith('http') ? path : `${base}${path}`, options);
  if (first?.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(first)}`);
  return {
    code: first.error.code,
    reason: readErrorReason(first.error),
    status: first.error.details['status'],
  };
}

describe('reading pages by URL', () => {
  it('reads a page, names roundtrip in the User-Agent, and keeps the URL it was read from', async () => {
    const before = seen.length;
    const doc = await document('/articles/nvidia-openai.html');
    expect(doc.url).toBe(`${base}/articles/nvidia-openai.html`);
    expect([doc.title, doc.publishedAt, doc.outlet, doc.outletId]).toEqual([
      'Nvidia to put up to $100 billion into OpenAI as it supplies chips for new data centres',
      '2025-09-22',
      'Example Wire',
      'example-wire',
    ]);
    expect(doc.text).toContain('Nvidia will invest up to $100 billion in OpenAI');
    expect(doc.text).not.toContain('Subscribe');
    expect(seen[before]?.['user-agent']).toMatch(/^roundtrip\//);
  });

  it('gives the same document id as reading the same page from a file', async () => {
    const fromUrl = await document('/articles/nvidia-openai.html');
    const [fromFile] = await readAll('test/fixtures/readers/nvidia-openai.html');
    expect(fromFile?.kind === 'document' && fromFile.document.id).toBe(fromUrl.id);
  });

  it('follows redirects and records the final URL', async () => {
    const doc = await document('/redirect-twice');
    expect(doc.url).toBe(`${base}/articles/nvidia-openai.html`);
    expect(await failure('/redirect-twice', { maxRedirects: 1 })).toMatchObject({
      code: 'network',
      reason: 'redirects',
    });
    expect(await failure('/loop')).toMatchObject({ code: 'network', reason: 'redirects' });
    expect(await failure('/to-ftp')).toMatchObject({ code: 'invalid_input', reason: 'bad_url' });
  });

  it('uses the charset of the HTTP header when the page declares none', async () => {
    const doc = await document('/latin1-by-header');
    expect(doc.text).toContain('raised €1.7 billion');
    expect(doc.text).toContain('“This is a strategic partnership,”');
  });

  it('reads plain text served as text/plain, date line included', async () => {
    const doc = await document('/plain');
    expect(doc.publishedAt).toBe('2025-10-06');
    expect(doc.id).toBe('doc_53a048eed4436a9c');
  });

  it('reports HTTP errors with their status', async () => {
    expect(await failure('/articles/gone.html')).toEqual({
      code: 'network',
      reason: 'http_status',
      status: 404,
    });
    expect(await failure('/error')).toEqual({
      code: 'network',
      reason: 'http_status',
      status: 500,
    });
  });

  it('reports a server that never finishes as a timeout', async () => {
    expect(await failure('/slow', { timeoutMs: 300 })).toMatchObject({
      code: 'network',
      reason: 'timeout',
    });
  });

  it('reports a refused connection', async () => {
    expect(await failure(`${refusedBase}/a`)).toMatchObject({
      code: 'network',
      reason: 'connection',
    });
  });

  it('refuses bodies over the size limit, declared or streamed', async () => {
    expect(await failure('/big-declared', { maxBytes: 10_000 })).toMatchObject({
      code: 'unsupported',
      reason: 'too_large',
    });
    expect(await failure('/big-streamed', { maxBytes: 10_000 })).toMatchObject({
      code: 'unsupported',
      reason: 'too_large',
    });
    expect((await readAll(`${base}/big-streamed`, { maxBytes: 100_000 }))[0]?.kind).toBe(
      'document',
    );
  });

  it('reports pages without article text and binary responses per document', async () => {
    expect(await failure('/index')).toMatchObject({ code: 'extract', reason: 'no_article_text' });
    expect(await failure('/picture')).toMatchObject({ code: 'unsupported', reason: 'binary' });
    expect(await failure('/not-a-feed')).toMatchObject({
      code: 'unsupported',
      reason: 'not_a_feed',
    });
  });
});

describe('reading feeds by URL', () => {
  it('fetches the links of items that carry no text, one result per item', async () => {
    const results = await readAll(`${base}/feed.rss`);
    expect(results.map((r) => [r.kind, r.input])).toEqual([
      ['document', `${base}/articles/nvidia-openai.html`],
      ['document', `${base}/articles/oracle-cloud.html`],
      ['error', `${base}/articles/gone.html`],
    ]);
    const [nvidia, oracle, gone] = results;
    expect(nvidia?.kind === 'document' && nvidia.document).toMatchObject({
      url: `${base}/articles/nvidia-openai.html`,
      publishedAt: '2025-09-22',
      outletId: 'example-wire',
    });
    expect(nvidia?.kind === 'document' && nvidia.document.text).toContain(
      'non-controlling shares in OpenAI',
    );
    expect(
      oracle?.kind === 'document' && [oracle.document.title, oracle.document.publishedAt],
    ).toEqual(['Oracle books record backlog on AI cloud demand', '2025-09-10']);
    expect(gone?.kind === 'error' && [gone.error.code, gone.error.details['status']]).toEqual([
      'network',
      404,
    ]);
  });

  it('does not fetch links when told not to', async () => {
    const before = seen.length;
    const results = await readAll(`${base}/feed.rss`, { fetchLinks: false });
    expect(seen.length - before).toBe(1);
    expect(results.map((r) => r.kind)).toEqual(['document', 'error', 'error']);
    expect(results[0]?.kind === 'document' && results[0].document.text).toBe(
      'The chipmaker will take shares in the ChatGPT maker.',
    );
  });

  it('uses full content without fetching, whatever XML content type the feed is served with', async () => {
    const before = seen.length;
    const rss = await readAll(`${base}/full.xml`);
    const atom = await readAll(`${base}/companies.atom`);
    const mislabelled = await readAll(`${base}/feed-served-as-html`);
    expect(seen.length - before).toBe(3);
    expect(rss.map((r) => r.kind === 'document' && r.document.publishedAt)).toEqual([
      '2025-09-25',
      '2025-10-28',
    ]);
    expect(atom.map((r) => r.kind === 'document' && r.document.title)).toEqual([
      'Amazon signs $38 billion cloud deal with OpenAI',
      'Broadcom to build custom chips for OpenAI',
    ]);
    expect(mislabelled.map((r) => r.kind === 'document' && r.document.id)).toEqual(
      atom.map((r) => r.kind === 'document' && r.document.id),
    );
  });
});

/** The LLM extractor against a small OpenAI-compatible server on loopback that replays recorded answers. */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../src/core/claim.js';
import { DatasetEntitySchema } from '../src/core/dataset-schema.js';
import type { SourceDocument } from '../src/core/document.js';
import { ExtractError, InputError, RoundtripError } from '../src/core/errors.js';
import { documentId } from '../src/core/ids.js';
import type { Extractor } from '../src/extract/extractor.js';
import { buildGazetteer, entityFromRecord } from '../src/extract/gazetteer.js';
import { createLlmExtractor, type LlmExtractorOptions } from '../src/extract/llm-extractor.js';
import { llmJsonSchema } from '../src/extract/llm-schema.js';
import { parsePlainText } from '../src/ingest/read-text.js';

const FIXTURES = 'test/fixtures/llm';
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const MODEL = 'qwen2.5:7b';

const entities = (JSON.parse(readFileSync('data/entities.json', 'utf8')) as unknown[]).map((r) =>
  entityFromRecord(DatasetEntitySchema.parse(r)),
);

const seedFile = '000_eed718c4fe97638e.txt';
const article = parsePlainText(fixture(seedFile), seedFile);
const doc: SourceDocument = {
  id: documentId('seed-000'),
  kind: 'news',
  url: null,
  outletId: null,
  outlet: null,
  title: null,
  publishedAt: article.publishedAt,
  retrievedAt: '2025-12-17T12:00:00Z',
  contentHash: 'seed-000',
  text: article.text,
};

/** One scripted answer of the fake server. */
type Reply = { status?: number; body: string; headers?: Record<string, string> } | 'hang';
interface Seen {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: {
    model: string;
    temperature: number;
    messages: { role: string; content: string }[];
    response_format?: unknown;
  };
}

let server: Server;
let base = '';
let script: Reply[] = [];
let seen: Seen[] = [];

const ok = (name: string): Reply => ({ body: fixture(name) });
const completion = (content: string, finish = 'stop'): Reply => ({
  body: JSON.stringify({
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
  }),
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        path: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Seen['body'],
      });
      const reply = script.shift() ?? {
        status: 500,
        body: '{"error":{"message":"the test script ran out of replies"}}',
      };
      if (reply === 'hang') return;
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  script = [];
  seen = [];
});

const waits: number[] = [];
const extractor = (extra: Partial<LlmExtractorOptions> = {}) =>
  createLlmExtractor({
    url: base,
    model: MODEL,
    entities,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...extra,
  });

/** The error a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<RoundtripError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof RoundtripError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const edge = (c: Claim): string =>
  `${c.from.id ?? `?${c.from.name}`} -> ${c.to.id ?? `?${c.to.name}`} ${c.type}`;

const EXPECTED_EDGES = [
  'amazon -> openai equity_investment',
  'openai -> amazon hardware_purchase',
  'openai -> aws compute_purchase',
  'microsoft -> openai stake',
  'microsoft -> openai licence',
  'openai -> microsoft compute_purchase',
  'openai -> oracle compute_purchase',
  'openai -> google compute_purchase',
  'openai -> coreweave compute_purchase',
  'microsoft -> anthropic equity_investment',
  'openai -> nvidia hardware_purchase',
];

describe('LLM extractor on seed 000 (recorded answer)', () => {
  it('turns a good answer into grounded claims with resolved parties and direction', async () => {
    script = [ok('seed-000.good.json')];
    const out = await extractor().extract(doc);
    expect(out.claims.map(edge)).toEqual(EXPECTED_EDGES);
    for (const c of [...out.claims, ...out.figures]) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(out.claims.map((c) => c.id)).toEqual(EXPECTED_EDGES.map((_, i) => `llm:seed-000:${i}`));
    expect(new Set(out.claims.map((c) => c.origin))).toEqual(new Set([`llm:${MODEL}`]));
    expect(
      out.claims.every(
        (c) =>
          c.review === 'unreviewed' && c.documentId === doc.id && c.publishedAt === '2025-12-17',
      ),
    ).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('reads amounts, terms, dates, attribution and confidence', async () => {
    script = [ok('seed-000.good.json')];
    const [amazon, , aws, stake, , msft, , , , anthropic, nvidia] = (await extractor().extract(doc))
      .claims;
    expect(amazon).toMatchObject({
      status: 'in_talks',
      amount: {
        qualifier: 'more_than',
        lower: '10000000000',
        lowerInclusive: false,
        upper: null,
        currency: 'USD',
        text: 'more than $10 billion',
      },
      attribution: { kind: 'other_outlet', source: 'The Information' },
      from: { id: 'amazon', name: 'Amazon' },
      to: { id: 'openai', name: 'OpenAI', mention: 'ChatGPT-maker OpenAI' },
      confidence: 0.828,
    });
    expect(aws).toMatchObject({
      status: 'announced',
      amount: { qualifier: 'exact', point: '38000000000', period: 'P7Y' },
      terms: { duration: 'P7Y' },
      dates: { announced: { precision: 'month', earliest: '2025-11-01', latest: '2025-11-30' } },
    });
    expect(stake?.terms.stakePercent).toMatchObject({
      unit: 'percent',
      qualifier: 'about',
      point: '27',
    });
    expect(msft?.amount).toMatchObject({
      qualifier: 'order_of_magnitude',
      lower: '100000000000',
      upper: '1000000000000',
    });
    // The model wrote a plain apostrophe; the evidence keeps the article's own.
    expect(anthropic?.evidence[0]?.quote).toContain('that company\u2019s AI');
    expect(nvidia?.confidence).toBe(0.9);
  });

  it('keeps company figures with the parser reading of their amounts', async () => {
    script = [ok('seed-000.good.json')];
    const { figures } = await extractor().extract(doc);
    expect(figures.map((f) => [f.id, f.entityId, f.kind])).toEqual([
      ['llm:seed-000:f0', 'openai', 'cash_burn'],
      ['llm:seed-000:f1', 'openai', 'fundraising_target'],
      ['llm:seed-000:f2', 'openai', 'valuation'],
    ]);
    expect(figures[1]?.period).toMatchObject({ precision: 'year', earliest: '2027-01-01' });
    expect(figures[2]?.amount).toMatchObject({ point: '500000000000', basis: 'valuation' });
  });

  it('asks with the model name, temperature 0, the JSON schema and the publication date', async () => {
    script = [ok('seed-000.good.json')];
    await extractor({ apiKey: 'sk-test-123' }).extract(doc);
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req?.path).toBe('/v1/chat/completions');
    expect(req?.headers.authorization).toBe('Bearer sk-test-123');
    expect(req?.body.model).toBe(MODEL);
    expect(req?.body.temperature).toBe(0);
    expect(req?.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'deal_claims', strict: true, schema: llmJsonSchema() },
    });
    const user = req?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(user).toContain('Publication date: 2025-12-17');
    expect(user).toContain(doc.text);
    const system = req?.body.messages.find((m) => m.role === 'system')?.content ?? '';
    expect(system).toContain('equity_investment: from = investor, to = investee');
    expect(system).toContain('in_talks');
  });

  it('drops a claim whose quote is not in the article, with a warning', async () => {
    script = [ok('seed-000.hallucinated.json')];
    const out = await extractor().extract(doc);
    expect(out.claims.map(edge)).toEqual(EXPECTED_EDGES);
    expect(out.claims.some((c) => c.from.id === 'nvidia')).toBe(false);
    const dropped = out.warnings.filter((w) => w.includes('quote is not in the article'));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toContain('Nvidia');
  });

  it('accepts JSON in a fenced block after some words', async () => {
    script = [ok('seed-000.fenced.json')];
    const out = await extractor().extract(doc);
    expect(out.claims.map(edge)).toEqual(EXPECTED_EDGES);
  });

  it('works through the Extractor port with the caller gazetteer', async () => {
    script = [ok('seed-000.good.json')];
    const port: Extractor = extractor({ entities: [] });
    const out = await port.extract(doc, {
      gazetteer: buildGazetteer(entities),
      now: '2026-01-02T03:04:05Z',
    });
    expect(out.claims[0]?.to.id).toBe('openai');
    expect(out.claims[0]?.recordedAt).toBe('2026-01-02T03:04:05Z');
    expect(port.name).toBe(`llm:${MODEL}`);
  });
});

describe('repair and invalid answers', () => {
  it('sends the validation errors back once and uses the repaired answer', async () => {
    script = [ok('invalid-json.json'), ok('seed-000.good.json')];
    const out = await extractor().extract(doc);
    expect(seen).toHaveLength(2);
    const second = seen[1]!.body.messages;
    expect(second.at(-2)).toEqual({
      role: 'assistant',
      content: JSON.parse(fixture('invalid-json.json')).choices[0].message.content,
    });
    expect(second.at(-1)?.role).toBe('user');
    expect(second.at(-1)?.content).toContain('not valid JSON');
    expect(out.claims).toHaveLength(EXPECTED_EDGES.length);
    expect(out.warnings.some((w) => w.includes('repaired'))).toBe(true);
  });

  it('names the failing field in the repair request', async () => {
    script = [ok('invalid-schema.json'), ok('seed-000.good.json')];
    await extractor().extract(doc);
    expect(seen[1]!.body.messages.at(-1)?.content).toContain('claims[0].status');
  });

  it('gives up with an ExtractError after one failed repair', async () => {
    script = [ok('invalid-json.json'), ok('invalid-schema.json'), ok('seed-000.good.json')];
    const error = await failure(extractor().extract(doc));
    expect(error).toBeInstanceOf(ExtractError);
    expect(error.code).toBe('extract');
    expect(error.details).toMatchObject({
      reason: 'invalid_response',
      model: MODEL,
      endpoint: `${base}/chat/completions`,
    });
    expect(seen).toHaveLength(2);
  });

  it('refuses an answer cut off at the length limit without a repair', async () => {
    script = [completion('{"claims": [', 'length')];
    const error = await failure(extractor().extract(doc));
    expect([error.code, error.details.reason]).toEqual(['extract', 'truncated']);
    expect(seen).toHaveLength(1);
  });
});

describe('server failures', () => {
  it('says to set the key variable on 401', async () => {
    script = [{ status: 401, body: '{"error":{"message":"Incorrect API key provided"}}' }];
    const error = await failure(extractor({ apiKey: 'wrong' }).extract(doc));
    expect([error.code, error.details.reason, error.details.status]).toEqual([
      'network',
      'unauthorized',
      401,
    ]);
    expect(error.message).toContain('ROUNDTRIP_LLM_KEY');
  });

  it('honours one Retry-After on 429, then gives up on a second', async () => {
    waits.length = 0;
    script = [
      { status: 429, body: '{}', headers: { 'retry-after': '2' } },
      ok('seed-000.good.json'),
    ];
    expect((await extractor().extract(doc)).claims).toHaveLength(EXPECTED_EDGES.length);
    expect(waits).toEqual([2000]);
    script = [
      { status: 429, body: '{}', headers: { 'retry-after': '0' } },
      { status: 429, body: '{"error":{"message":"slow down"}}', headers: { 'retry-after': '0' } },
    ];
    const error = await failure(extractor().extract(doc));
    expect([error.code, error.details.reason]).toEqual(['network', 'rate_limited']);
    // A wait longer than allowed is not worth making.
    script = [{ status: 429, body: '{}', headers: { 'retry-after': '3600' } }];
    expect((await failure(extractor().extract(doc))).details.reason).toBe('rate_limited');
  });

  it('falls back to prompt-only JSON when the server rejects response_format', async () => {
    script = [
      {
        status: 400,
        body: '{"error":{"message":"Either json_schema or grammar can be specified, but not both"}}',
      },
      ok('seed-000.fenced.json'),
      ok('seed-000.good.json'),
    ];
    const llm = extractor();
    const out = await llm.extract(doc);
    expect(out.claims).toHaveLength(EXPECTED_EDGES.length);
    expect(seen.map((s) => 'response_format' in s.body)).toEqual([true, false]);
    expect(out.warnings.some((w) => w.includes('response_format'))).toBe(true);
    await llm.extract(doc);
    expect(seen.map((s) => 'response_format' in s.body)).toEqual([true, false, false]);
  });

  it('reports other HTTP statuses with the server message', async () => {
    script = [{ status: 404, body: '{"error":{"message":"model \\"nope\\" not found"}}' }];
    const error = await failure(extractor().extract(doc));
    expect([error.code, error.details.reason, error.details.status]).toEqual([
      'network',
      'http_status',
      404,
    ]);
  });

  it('says the server is not running when the connection is refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(extractor({ url: `http://127.0.0.1:${port}/v1` }).extract(doc));
    expect([error.code, error.details.reason, error.details.cause]).toEqual([
      'network',
      'connection',
      'ECONNREFUSED',
    ]);
  });

  it('times out on a server that never answers', async () => {
    script = ['hang'];
    const error = await failure(extractor({ timeoutMs: 200 }).extract(doc));
    expect([error.code, error.details.reason]).toEqual(['network', 'timeout']);
  });

  it('checks its options up front', () => {
    expect(() => extractor({ url: 'localhost:11434' })).toThrow(InputError);
    expect(() => extractor({ model: ' ' })).toThrow(InputError);
  });

  it('does not call the server for an empty document', async () => {
    const out = await extractor().extract({ ...doc, text: '  \n' });
    expect(out.claims).toEqual([]);
    expect(seen).toHaveLength(0);
  });
});

/** Token rules, same-origin writes, Host checks and security headers, in process and over a real socket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { startServer } from '../src/server/serve.js';
import { isLoopbackHost, tokenMatches } from '../src/server/write-guard.js';
import { type TestLedger, openTestLedger } from './fixtures/web/test-ledger.js';

let t: TestLedger;
beforeAll(async () => {
  t = await openTestLedger();
});
afterAll(async () => t.close());

const TOKEN = 'correct-horse-battery';
const rejectBody = JSON.stringify({});
const write = (headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: rejectBody,
});

describe('security headers', () => {
  it('sets CSP without inline scripts, nosniff, no framing and no referrer on API and pages', async () => {
    const app = createApp({ ledger: t.ledger, webDir: null });
    for (const path of ['/api/meta', '/api/nope', '/']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('token', () => {
  it('is not needed on loopback without --token', async () => {
    const app = createApp({ ledger: t.ledger, webDir: null });
    const res = await app.request('/api/review/claims/nope/reject', write());
    expect(res.status).toBe(404);
  });

  it('guards every write when set, and never reads', async () => {
    const app = createApp({ ledger: t.ledger, webDir: null, token: TOKEN });
    expect((await app.request('/api/review/claims/nope/reject', write())).status).toBe(401);
    expect(
      (
        await app.request(
          '/api/review/claims/nope/reject',
          write({ Authorization: 'Bearer wrong-token' }),
        )
      ).status,
    ).toBe(401);
    expect(
      (await app.request('/api/ingest', write({ Authorization: `Basic ${TOKEN}` }))).status,
    ).toBe(401);
    const ok = await app.request(
      '/api/review/claims/nope/reject',
      write({ Authorization: `Bearer ${TOKEN}` }),
    );
    expect(ok.status).toBe(404);
    const alt = await app.request(
      '/api/review/claims/nope/reject',
      write({ 'X-Roundtrip-Token': TOKEN }),
    );
    expect(alt.status).toBe(404);
    expect((await app.request('/api/meta')).status).toBe(200);
    const meta = (await (await app.request('/api/meta')).json()) as { writesNeedToken: boolean };
    expect(meta.writesNeedToken).toBe(true);
    const body = (await (await app.request('/api/ingest', write())).json()) as {
      error: { code: string };
    };
    expect(body.error.code).toBe('unauthorized');
  });

  it('compares tokens whatever their length', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(null, TOKEN)).toBe(false);
  });
});

describe('cross-site writes', () => {
  it('refuses a write whose Origin is another site, accepts its own', async () => {
    const app = createApp({ ledger: t.ledger, webDir: null });
    const evil = await app.request(
      'http://127.0.0.1:4317/api/review/claims/nope/reject',
      write({ Origin: 'https://evil.example' }),
    );
    expect(evil.status).toBe(403);
    const own = await app.request(
      'http://127.0.0.1:4317/api/review/claims/nope/reject',
      write({ Origin: 'http://127.0.0.1:4317', Host: '127.0.0.1:4317' }),
    );
    expect(own.status).toBe(404);
  });
});

describe('over a real socket', () => {
  it('binds loopback by default, prints the URL, and refuses foreign Host headers', async () => {
    const s = await startServer({ ledger: t.ledger, port: 0, webDir: null });
    try {
      expect(s.host).toBe('127.0.0.1');
      expect(s.token).toBeNull();
      expect(s.url).toBe(`http://127.0.0.1:${s.port}/`);
      const res = await fetch(`${s.url}api/health`);
      expect(res.status).toBe(200);
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: s.port,
            path: '/api/health',
            headers: { Host: 'rebound.example:80' },
          },
          (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(400);
    } finally {
      await s.close();
    }
  });

  it('generates a token when bound beyond loopback and requires it for writes', async () => {
    const s = await startServer({ ledger: t.ledger, host: '0.0.0.0', port: 0, webDir: null });
    try {
      expect(s.token).toMatch(/^[\w-]{24,}$/);
      expect(s.url).toContain(`#token=${s.token}`);
      const base = `http://127.0.0.1:${s.port}`;
      expect((await fetch(`${base}/api/review/claims/nope/reject`, write())).status).toBe(401);
      expect(
        (
          await fetch(
            `${base}/api/review/claims/nope/reject`,
            write({ Authorization: `Bearer ${s.token}` }),
          )
        ).status,
      ).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('reports a port in use as a conflict', async () => {
    const a = await startServer({ ledger: t.ledger, port: 0, webDir: null });
    try {
      await expect(
        startServer({ ledger: t.ledger, port: a.port, webDir: null }),
      ).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      await a.close();
    }
  });

  it('knows which hosts are loopback', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'].every(isLoopbackHost)).toBe(
      true,
    );
    expect(['0.0.0.0', '192.168.1.2', '::', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});

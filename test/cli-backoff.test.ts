/** `--backoff` on extract and eval: the learned back-off adds low-confidence, amount-less claims only when asked. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const ARTICLE = join(process.cwd(), 'test/fixtures/articles/nscale-narvik-microsoft-2025-09.txt');

interface Out {
  claims: { type: string; from: { id: string | null }; to: { id: string | null }; amount: unknown; confidence: number }[];
}
const edges = (o: Out) => o.claims.map((c) => `${c.from.id}→${c.to.id} ${c.type}`);

describe('roundtrip extract --backoff', () => {
  it('adds the pair the rules leave unlinked, without an amount and below every rule claim in confidence', async () => {
    const plain = (await cli(['extract', ARTICLE, '--json'])).json<Out>();
    const withIt = await cli(['extract', ARTICLE, '--json', '--backoff']);
    expect(withIt.code).toBe(0);
    const out = withIt.json<Out>();
    expect(edges(plain)).not.toContain('microsoft→stargate-norway compute_purchase');
    expect(edges(out)).toContain('microsoft→stargate-norway compute_purchase');
    for (const e of edges(plain)) expect(edges(out)).toContain(e);
    const guessed = out.claims.find((c) => `${c.from.id}→${c.to.id} ${c.type}` === 'microsoft→stargate-norway compute_purchase')!;
    expect(guessed.amount).toBeNull();
    expect(guessed.confidence).toBeLessThan(Math.min(...plain.claims.map((c) => c.confidence)));
  });

  it('refuses --backoff with an LLM, which has no rules to back off from', async () => {
    const r = await cli(['extract', ARTICLE, '--json', '--backoff', '--llm-url', 'http://127.0.0.1:9/v1', '--llm-model', 'm']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});

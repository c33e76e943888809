/** `--backoff` on extract and eval: the learned back-off adds low-confidence claims only when asked, with the sum its own sentence states. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const ARTICLE = join(process.cwd(), 'test/fixtures/articles/nscale-narvik-microsoft-2025-09.txt');

interface Out {
  claims: { type: string; from: { id: string | null }; to: { id: string | null }; amount: { point: number | null; currency: string } | null; confidence: number }[];
}
const edges = (o: Out) => o.claims.map((c) => `${c.from.id}→${c.to.id} ${c.type}`);

describe('roundtrip extract --backoff', () => {
  it('adds the pair the rules leave unlinked, with its own sentence\'s sum and below every rule claim in confidence', async () => {
    const plain = (await cli(['extract', ARTICLE, '--json'])).json<Out>();
    const withIt = await cli(['extract', ARTICLE, '--json', '--backoff']);
    expect(withIt.code).toBe(0);
    const out = withIt.json<Out>();
    expect(edges(plain)).not.toContain('microsoft→stargate-norway compute_purchase');
    expect(edges(out)).toContain('microsoft→stargate-norway compute_purchase');
    for (const e of edges(plain)) expect(edges(out)).toContain(e);
    const guessed = out.claims.find((c) => `${c.from.id}→${c.to.id} ${c.type}` === 'microsoft→stargate-norway compute_purchase')!;
    // NOTE: "a five-year contract worth $6.2 billion" is the only sum in the pair's sentence and no rule claim uses it.
    expect(guessed.amount).toMatchObject({ point: 6.2e9, currency: 'USD' });
    expect(guessed.confidence).toBeLessThan(Math.min(...plain.claims.map((c) => c.confidence)));
  });

  it('refuses --backoff with an LLM, which has no rules to back off from', async () => {
    const r = await cli(['extract', ARTICLE, '--json', '--backoff', '--llm-url', 'http://127.0.0.1:9/v1', '--llm-model', 'm']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});

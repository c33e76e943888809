/** Review in a real browser: a pasted seed article becomes an accepted deal on the map; hostile markup stays text. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, canRun, mapPainted, poll, startHarness } from './harness.js';

const SEED = readFileSync(
  new URL('../fixtures/web/seed-amazon-openai.txt', import.meta.url),
  'utf8',
);
const HOSTILE = readFileSync(
  new URL('../fixtures/web/hostile-article.txt', import.meta.url),
  'utf8',
);
const FIRM_AND_TALKS = 'statuses=in_talks,announced,signed,completed,amended&view=value';

interface Inbox {
  items: {
    claim: {
      id: string;
      status: string;
      documentId: string;
      from: { id: string | null };
      to: { id: string | null };
    };
    suggestedDeal: { id: string } | null;
  }[];
}

let h: Harness;

describe.skipIf(!canRun)('review', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('turns a pasted seed article into an accepted deal on the map', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/review`);
    await page.locator('#ingest-text').fill(SEED);
    await page.getByPlaceholder('e.g. Reuters').fill('Reuters');
    await page.getByTestId('ingest-submit').click();
    await poll(() => page.getByTestId('toast').textContent(), { timeout: 20_000 }).toMatch(
      /\d+ claims found in Reuters/,
    );
    await poll(() => page.getByTestId('inbox-item').count()).toBeGreaterThan(3);
    // The selected claim shows its sentence marked inside the article.
    const mark = page.getByTestId('article-text').locator('mark').first();
    expect(SEED).toContain((await mark.textContent()) ?? '<none>');

    // Pick a claim that founds a deal not yet on the map, as a reviewer would from its suggestion.
    const onMap = new Set(
      (
        (await (await page.request.get(`${h.base}/api/graph?${FIRM_AND_TALKS}`)).json()) as {
          edges: { dealId: string }[];
        }
      ).edges.map((e) => e.dealId),
    );
    const inbox = (await (await page.request.get(`${h.base}/api/review/inbox`)).json()) as Inbox;
    const pick = inbox.items.find(
      (i) =>
        i.suggestedDeal &&
        !onMap.has(i.suggestedDeal.id) &&
        i.claim.from.id &&
        i.claim.to.id &&
        ['in_talks', 'announced', 'signed', 'completed'].includes(i.claim.status),
    );
    expect(pick, 'a claim that founds a new deal').toBeDefined();
    const dealId = pick!.suggestedDeal!.id;
    await page.getByTestId('inbox-item').first().focus();
    await page.goto(`${h.base}/review?claim=${encodeURIComponent(pick!.claim.id)}`);
    await poll(() => page.getByTestId('inbox-item').count()).toBeGreaterThan(3);
    await page.keyboard.press('a');
    await poll(() => page.getByTestId('toast').textContent()).toContain('Accepted');
    // The next claim is selected, its sentence marked in the article beside it.
    await poll(() => page.getByTestId('article-text').locator('mark').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 180));
    await h.shot(page, 'web-review');

    await page.goto(`${h.base}/?${FIRM_AND_TALKS}`);
    await mapPainted(page);
    await poll(() =>
      page.locator(`[data-testid="payment-list"] [data-deal="${dealId}"]`).count(),
    ).toBeGreaterThan(0);
    await page.goto(`${h.base}/deals/${encodeURIComponent(dealId)}`);
    await poll(() => page.getByTestId('claim').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('claim').first().locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an article with <script> and <img onerror> as text', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/review`);
    await poll(() => page.getByTestId('inbox-item').count()).toBeGreaterThan(0);
    // With claims waiting, the form is folded away: open it as a reviewer would.
    await page.getByText('Add an article').click();
    await page.locator('#ingest-text').fill(HOSTILE);
    await page.getByPlaceholder('e.g. Reuters').fill('Example Wire');
    await page.getByTestId('ingest-submit').click();
    await poll(() => page.getByTestId('toast').textContent(), { timeout: 20_000 }).toMatch(
      /found in Example Wire/,
    );
    const article = page.getByTestId('article-text');
    await poll(() => article.textContent()).toContain(
      '<script>window.__pwned = true; alert("x")</script>',
    );
    expect(await article.textContent()).toContain('<img src=x onerror="window.__pwned = true">');
    expect(
      await page
        .locator(
          'img[src="x"], [data-testid="article-text"] script, [data-testid="article-text"] img',
        )
        .count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
    ).toBeUndefined();
    await h.shot(page, 'web-review-hostile');
    await page.close();
  });

  it('shows a deal page with its sources and status history', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/deals/openai-oracle-2025`);
    // Five curated sources, plus the seed article's unreviewed claim when the ingest test ran first.
    await poll(() => page.getByTestId('claim').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('h1').textContent()).toContain('Oracle');
    expect(await page.locator('.claim a[href^="https://"]').count()).toBe(5);
    await h.shot(page, 'web-deal', { fullPage: true });
    await page.close();
  });
});

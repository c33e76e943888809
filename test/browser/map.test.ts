/** The map in a real browser: the bundled dataset with its loops, story mode with sources, the as-of slider, phone width. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, canRun, mapPainted, poll, startHarness } from './harness.js';

let h: Harness;

describe.skipIf(!canRun)('map', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('renders the bundled dataset with the known loops', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/`);
    await mapPainted(page);
    const canvas = page.locator('.map-canvas');
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(30);
    expect(Number(await canvas.getAttribute('data-edges'))).toBeGreaterThan(50);
    expect(await page.locator('.map-canvas canvas').count()).toBeGreaterThan(0);
    // Amounts print on the loops' lines where they clear every name; the crowded core drops a few.
    await poll(async () =>
      Number(await canvas.getAttribute('data-amounts-shown')),
    ).toBeGreaterThanOrEqual(6);
    expect(Number(await canvas.getAttribute('data-amounts-hidden'))).toBeLessThan(
      Number(await canvas.getAttribute('data-amounts-shown')),
    );
    const loops = page.getByTestId('loop-list');
    for (const id of ['nvidia>openai>oracle', 'microsoft>openai', 'coreweave>nvidia>openai']) {
      await poll(() => loops.locator(`[data-loop="${id}"]`).count()).toBe(1);
    }
    expect(await loops.locator('[data-loop="nvidia>openai>oracle"]').textContent()).toBe(
      'Nvidia → OpenAI → Oracle → Nvidia',
    );
    expect(
      await page.locator('[data-testid="payment-list"] [data-deal="openai-oracle-2025"]').count(),
    ).toBe(1);
    await poll(() => page.locator('.legend').textContent()).toContain('money goes this way');
    await page.waitForTimeout(300);
    await h.shot(page, 'web-map');
    await page.close();
  });

  it('isolates a loop and steps through its legs, each with a source link', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/`);
    await mapPainted(page);
    await page.locator('[data-loop="nvidia>openai>oracle"]').click();
    await page.waitForURL(/\/loops\/nvidia%3Eopenai%3Eoracle/);
    const story = page.getByTestId('loop-story');
    await poll(() => story.locator('h2').textContent()).toBe('Nvidia → OpenAI → Oracle → Nvidia');
    expect(await page.getByTestId('story-step').textContent()).toBe('3 steps');
    await page.keyboard.press('ArrowRight');
    await poll(() => page.getByTestId('story-step').textContent()).toBe('Step 1 of 3');
    await page.keyboard.press('ArrowRight');
    await poll(() => page.getByTestId('story-step').textContent()).toBe('Step 2 of 3');
    expect(page.url()).toContain('step=2');
    const leg = story.getByTestId('story-leg').first();
    expect(await leg.textContent()).toContain('Oracle');
    const source = leg.locator('a.source-link').first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await source.getAttribute('rel')).toContain('noreferrer');
    expect(await source.getAttribute('target')).toBe('_blank');
    const deal = leg.locator('.leg-title a');
    expect(await deal.getAttribute('href')).toBe('/deals/openai-oracle-2025');
    await page.waitForTimeout(600);
    await h.shot(page, 'web-loop');
    // The same address reproduces the same view.
    const again = await h.page();
    await again.goto(page.url());
    await mapPainted(again);
    await poll(() => again.getByTestId('story-step').textContent()).toBe('Step 2 of 3');
    await again.close();
    await page.close();
  });

  it('removes a deal from the map when the as-of date is before it was reported', async () => {
    const page = await h.page();
    await page.goto(`${h.base}/`);
    await mapPainted(page);
    const oracleDeal = page.locator(
      '[data-testid="payment-list"] [data-deal="openai-oracle-2025"]',
    );
    expect(await oracleDeal.count()).toBe(1);
    const slider = page.getByTestId('as-of');
    const max = Number(await slider.getAttribute('max'));
    await slider.focus();
    // Back from "today" one month at a time with the keyboard until May 2025.
    for (let i = 0; i < max && !page.url().includes('asOf=2025-05'); i++)
      await page.keyboard.press('ArrowLeft');
    expect(page.url()).toContain('asOf=2025-05');
    await poll(() => oracleDeal.count()).toBe(0);
    expect(await page.locator('.date-label').textContent()).toBe('As known at the end of May 2025');
    // Later deals go, earlier ones stay.
    expect(
      await page
        .locator('[data-testid="payment-list"] [data-deal="microsoft-openai-2023"]')
        .count(),
    ).toBe(1);
    await page.keyboard.press('End');
    await poll(() => oracleDeal.count()).toBe(1);
    await page.close();
  });

  it('works at phone width with touch: tap a loop, see its story', async () => {
    const page = await h.page('phone');
    await page.goto(`${h.base}/`);
    await mapPainted(page);
    await page.locator('.panel-toggle').tap();
    await page.locator('[data-loop="microsoft>openai"]').tap();
    await page.waitForURL(/\/loops\/microsoft%3Eopenai/);
    await poll(() => page.getByTestId('loop-story').isVisible()).toBe(true);
    const box = await page.locator('.map-canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(350);
    await page.waitForTimeout(500);
    await h.shot(page, 'web-phone');
    await page.close();
  });
});

/** Browser tests' harness: the real server on a free port over a fresh ledger, and Debian's Chromium driven by playwright-core. */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { DEFAULT_WEB_DIR } from '../../src/server/static-files.js';
import { type TestLedger, openTestLedger, steppingClock } from '../fixtures/web/test-ledger.js';

export const CHROMIUM = process.env.ROUNDTRIP_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go (CI keeps test-results/ as artifacts). */
export const SHOTS = new URL('../../test-results/browser/', import.meta.url);
const DOC_IMAGES = new URL('../../docs/images/', import.meta.url);
/** The screenshots docs/web.md shows (ROUNDTRIP_DOC_SHOTS=1 refreshes them). */
const DOC_NAMES = ['web-map', 'web-loop', 'web-deal', 'web-review', 'web-phone'];

/** Browser tests run where Chromium is installed, and always in CI (where a missing Chromium is a failure). */
export const canRun = existsSync(CHROMIUM) || process.env.CI !== undefined;

export interface Harness {
  readonly server: RunningServer;
  readonly ledger: TestLedger;
  readonly context: BrowserContext;
  readonly base: string;
  /** A new page at desktop or phone size. */
  page(size?: 'desktop' | 'phone'): Promise<Page>;
  /** Save a screenshot under test-results/browser/ (and docs/images/ when ROUNDTRIP_DOC_SHOTS is set). */
  shot(page: Page, name: string, opts?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) {
    throw new Error(
      `the web app is not built (${DEFAULT_WEB_DIR} has no index.html); run npm run build first`,
    );
  }
  const ledger = await openTestLedger({ now: steppingClock(), user: 'human:browser-test' });
  const server = await startServer({
    ledger: ledger.ledger,
    port: 0,
    version: 'test',
    log: () => {},
  });
  const profile = await mkdtemp(join(tmpdir(), 'roundtrip-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    // NOTE: touch on for every page (a persistent profile has one context), so phone tests can tap.
    hasTouch: true,
  });
  const errors: string[] = [];
  await mkdir(SHOTS, { recursive: true });
  const base = server.url.replace(/\/$/, '');
  return {
    server,
    ledger,
    context,
    base,
    async page(size = 'desktop') {
      const page = await context.newPage();
      if (size === 'phone') await page.setViewportSize({ width: 390, height: 844 });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      return page;
    },
    async shot(page, name, opts = {}) {
      const path = new URL(`${name}.png`, SHOTS);
      await page.screenshot({ path: path.pathname, fullPage: opts.fullPage ?? false });
      if (process.env.ROUNDTRIP_DOC_SHOTS && DOC_NAMES.includes(name)) {
        await mkdir(DOC_IMAGES, { recursive: true });
        await copyFile(path, new URL(`${name}.png`, DOC_IMAGES));
      }
    },
    async close() {
      await context.close();
      await server.close();
      await ledger.close();
      await rm(profile, { recursive: true, force: true });
      if (errors.length) process.stderr.write(`browser console errors:\n${errors.join('\n')}\n`);
    },
  };
}

/** Wait until the map has painted its first frame. */
export async function mapPainted(page: Page): Promise<void> {
  await page.waitForSelector('.map-canvas[data-painted="true"]', { timeout: 20_000 });
}

/**
 * `expect.poll` with room for a busy machine: the browser answers in milliseconds when idle, but a
 * CI runner doing other work can take seconds (vitest's default is one second).
 */
export function poll<T>(
  fn: () => T | Promise<T>,
  opts: { timeout?: number } = {},
): ReturnType<typeof expect.poll<T>> {
  return expect.poll(fn, { timeout: opts.timeout ?? 15_000, interval: 100 });
}

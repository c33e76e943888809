/** Run the CLI in-process with captured output, and make temporary databases for tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON (throws when it is not JSON). */
  json<T = unknown>(): T;
}

/** Run `roundtrip ...args` against `db`, at a fixed clock unless given. */
export async function cli(args: readonly string[], opts: { db?: string; now?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    env: { HOME: tmpdir(), ...(opts.db ? { ROUNDTRIP_DB: opts.db } : {}), ...opts.env },
    cwd: process.cwd(),
    now: () => opts.now ?? '2026-11-22T12:00:00.000Z',
  };
  const code = await run(args, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** A fresh temporary directory holding `roundtrip.sqlite`; `cleanup` removes it. */
export async function tempDb(): Promise<{ dir: string; db: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'roundtrip-test-'));
  return { dir, db: join(dir, 'roundtrip.sqlite'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export const SEEDS = ['../shared/seeds/000_eed718c4fe97638e.txt', '../shared/seeds/003_b8300b8fba29cf5d.txt'].map((p) => join(process.cwd(), p));

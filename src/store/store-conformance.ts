/** The behaviour every `Store` must show, as a Vitest suite each implementation runs against itself. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { describeHistoryConformance } from './store-conformance-history.js';
import { describeRecordConformance } from './store-conformance-records.js';

/** Builds a fresh, empty store for one test and disposes of it afterwards. */
export type MakeStore = () => Promise<{ store: Store; cleanup(): Promise<void> }>;

/**
 * Register the conformance suite for one store implementation.
 * @example describeStoreConformance('sqlite', async () => { const store = await openSqliteStore(tmp()); return { store, cleanup: () => store.close() }; });
 */
export function describeStoreConformance(name: string, makeStore: MakeStore): void {
  describe(`Store conformance: ${name}`, () => {
    let current: Awaited<ReturnType<MakeStore>> | undefined;
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const store = (): Store => {
      if (!current) throw new Error('conformance: no store (beforeEach did not run)');
      return current.store;
    };

    it('starts empty, at a positive schema version', async () => {
      expect(await store().isEmpty()).toBe(true);
      expect(await store().stats()).toEqual({
        entities: 0,
        documents: 0,
        claims: 0,
        judgements: 0,
        deals: 0,
        figures: 0,
        actions: 0,
      });
      expect(await store().schemaVersion()).toBeGreaterThanOrEqual(1);
    });

    describeRecordConformance(store);
    describeHistoryConformance(store);
  });
}

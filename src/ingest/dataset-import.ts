/** Write a dataset into a store in one transaction, idempotently: importing twice adds nothing. */
import type { Dataset } from '../core/dataset-schema.js';
import { validateDataset } from '../core/dataset-validate.js';
import type { DocumentId } from '../core/ids.js';
import type { Store } from '../store/store.js';
import { datasetToLedger } from './dataset-convert.js';
import { datasetError } from './dataset-problems.js';

/** How many records of one kind were written and how many were already there. */
export interface ImportCounts {
  readonly added: number;
  readonly skipped: number;
}

/** What an import did. Entities are upserted: `updated` counts those whose content changed. */
export interface ImportSummary {
  readonly entities: {
    readonly added: number;
    readonly updated: number;
    readonly unchanged: number;
  };
  readonly documents: ImportCounts;
  readonly claims: ImportCounts;
  readonly judgements: ImportCounts;
  readonly deals: ImportCounts;
  readonly figures: ImportCounts;
}

/**
 * Import a validated dataset. Everything happens in one transaction, so a failure leaves the
 * store as it was. Records whose ids (or document texts) are already stored are skipped, so
 * reviewers' later edits to deals and claims survive a re-import; entities are updated.
 * Throws `DataError` (before writing) when the dataset's cross-references are broken.
 * @example const summary = await importDataset(store, await loadDataset('data'));
 */
export async function importDataset(store: Store, ds: Dataset): Promise<ImportSummary> {
  const problems = validateDataset(ds);
  if (problems.length) {
    throw datasetError(
      problems.map((p) => {
        const index = ds[p.section].findIndex((r) => r.id === p.record);
        return {
          file: 'dataset',
          section: p.section,
          index: index < 0 ? null : index,
          record: p.record,
          field: p.field,
          message: p.message,
        };
      }),
      'to import',
    );
  }
  const ledger = datasetToLedger(ds);
  return store.transaction(async (tx) => {
    const before = new Map((await tx.listEntities()).map((e) => [e.id, JSON.stringify(e)]));
    let added = 0;
    let updated = 0;
    for (const e of ledger.entities) {
      const old = before.get(e.id);
      if (old === undefined) added++;
      else if (old !== JSON.stringify(e)) updated++;
    }
    await tx.upsertEntities(ledger.entities);
    const entities = { added, updated, unchanged: ledger.entities.length - added - updated };

    // NOTE: a document whose text is already stored keeps its stored id; claims follow it.
    const storedId = new Map<DocumentId, DocumentId>();
    let docsAdded = 0;
    for (const doc of ledger.documents) {
      const { id, created } = await tx.addDocument(doc);
      storedId.set(doc.id, id);
      if (created) docsAdded++;
    }
    const documents = { added: docsAdded, skipped: ledger.documents.length - docsAdded };
    const docOf = (id: DocumentId) => storedId.get(id) ?? id;

    const knownClaims = new Set(
      (await tx.listClaims({ ids: ledger.claims.map((c) => c.id) })).map((c) => c.id),
    );
    const newClaims = ledger.claims
      .filter((c) => !knownClaims.has(c.id))
      .map((c) => ({ ...c, documentId: docOf(c.documentId) }));
    await tx.addClaims(newClaims);

    const knownDeals = new Set((await tx.listDealRecords()).map((d) => d.id));
    const newDeals = ledger.deals.filter((d) => !knownDeals.has(d.id));
    for (const d of newDeals) await tx.createDeal(d);

    // NOTE: soft-deleted judgements count as known, so an undone dataset link stays undone.
    const knownJudgements = new Set(
      (await tx.listJudgements({ includeDeleted: true })).map((j) => j.id),
    );
    const newJudgements = ledger.judgements.filter((j) => !knownJudgements.has(j.id));
    await tx.addJudgements(newJudgements);

    const knownFigures = new Set((await tx.listFigures()).map((f) => f.id));
    const newFigures = ledger.figures
      .filter((f) => !knownFigures.has(f.id))
      .map((f) => ({ ...f, documentId: f.documentId === null ? null : docOf(f.documentId) }));
    await tx.addFigures(newFigures);

    const counts = (all: number, fresh: number): ImportCounts => ({
      added: fresh,
      skipped: all - fresh,
    });
    return {
      entities,
      documents,
      claims: counts(ledger.claims.length, newClaims.length),
      judgements: counts(ledger.judgements.length, newJudgements.length),
      deals: counts(ledger.deals.length, newDeals.length),
      figures: counts(ledger.figures.length, newFigures.length),
    };
  });
}

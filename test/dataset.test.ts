/** The bundled dataset (data/*.json): schema, cross-references, coverage, order, and the loops the map must show. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset, type DatasetDeal } from '../src/core/dataset-schema.js';
import { validateDataset } from '../src/core/dataset-validate.js';
import { DEFAULT_STATUSES } from '../src/core/deal-status.js';
import { DEAL_TYPE_INFO, type AssetKind, type DealType } from '../src/core/deal-type.js';
import { rollupRoot, type Entity } from '../src/core/entity.js';
import type { EntityId } from '../src/core/ids.js';

function readPart(name: 'entities' | 'deals' | 'figures'): unknown {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'),
  );
  if (!Array.isArray(raw)) throw new Error(`data/${name}.json must be a JSON array of records`);
  return raw;
}

const dataset: Dataset = DatasetSchema.parse({
  format: 'roundtrip-dataset',
  version: 1,
  entities: readPart('entities'),
  deals: readPart('deals'),
  figures: readPart('figures'),
});

const entities = new Map(dataset.entities.map((e) => [e.id, e]));
// NOTE: the dataset's entity shape is structurally the core Entity once defaults are applied.
const asCore = new Map([...entities].map(([id, e]) => [id as EntityId, e as unknown as Entity]));
const root = (id: string): string => rollupRoot(id as EntityId, asCore);

interface RawLeg {
  readonly deal: DatasetDeal;
  readonly from: string;
  readonly to: string;
  readonly asset: AssetKind;
}

/** The legs a deal implies: its explicit override, else its type's template. */
function legsOf(deal: DatasetDeal): RawLeg[] {
  if (deal.legs)
    return deal.legs.map((l) => ({ deal, from: l.from, to: l.to, asset: l.asset as AssetKind }));
  return DEAL_TYPE_INFO[deal.type as DealType].legs.map((t) => ({
    deal,
    from: t.direction === 'from_to' ? deal.from : deal.to,
    to: t.direction === 'from_to' ? deal.to : deal.from,
    asset: t.asset,
  }));
}
const allLegs = dataset.deals.flatMap(legsOf);

/** Legs from → to (after roll-up of subsidiaries) of one asset kind, from deals of one type, shown on the default map. */
function legs(from: string, to: string, asset: AssetKind, type: DealType): RawLeg[] {
  return allLegs.filter(
    (l) =>
      root(l.from) === from &&
      root(l.to) === to &&
      l.asset === asset &&
      l.deal.type === type &&
      (DEFAULT_STATUSES as readonly string[]).includes(l.deal.status),
  );
}

function firstDate(d: DatasetDeal): string {
  const pad = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const events = [d.dates.announced, d.dates.signed, d.dates.completed, d.dates.start]
    .filter((x): x is string => !!x)
    .map(pad);
  return events.length ? events.sort()[0]! : d.sources.map((s) => pad(s.date)).sort()[0]!;
}

describe('bundled dataset', () => {
  it('is consistent: no cross-reference problems', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('has the coverage the issue asks for', () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(60);
    expect(dataset.deals.length).toBeGreaterThanOrEqual(80);
    expect(dataset.figures.length).toBeGreaterThanOrEqual(25);
    const companies = dataset.entities.filter((e) => e.kind !== 'outlet');
    expect(companies.length).toBeGreaterThanOrEqual(60);
    for (const outlet of [
      'reuters',
      'the-information',
      'bloomberg',
      'wsj',
      'ft',
      'cnbc',
      'techcrunch',
      'the-verge',
      'fortune',
      'la-times',
      'semafor',
      'nyt',
    ]) {
      expect(entities.get(outlet)?.kind, outlet).toBe('outlet');
    }
  });

  it('dates every deal between 2019 and 2025, except 2026 deals the notes explain', () => {
    for (const d of dataset.deals) {
      const year = Number(firstDate(d).slice(0, 4));
      expect(year, d.id).toBeGreaterThanOrEqual(2019);
      if (year > 2025) expect(d.notes, d.id).toMatch(/2026/);
      else expect(year, d.id).toBeLessThanOrEqual(2025);
    }
  });

  it('gives every deal and figure an http(s) source from an outlet in the gazetteer', () => {
    const sources = [
      ...dataset.deals.flatMap((d) => d.sources),
      ...dataset.figures.map((f) => f.source),
    ];
    for (const s of sources) {
      expect(s.url, s.url).toMatch(/^https?:\/\//);
      expect(entities.get(s.outlet)?.kind, s.outlet).toBe('outlet');
      if (s.repeats !== undefined) expect(entities.get(s.repeats)?.kind, s.repeats).toBe('outlet');
    }
    for (const d of dataset.deals) expect(d.facts.length, d.id).toBeGreaterThan(0);
    for (const d of dataset.deals) for (const f of d.facts) expect(f).toMatch(/^E\d{3}$/);
  });

  it('explains every deal marked unconfirmed', () => {
    const unconfirmed = dataset.deals.filter((d) => !d.confirmed);
    for (const d of unconfirmed) expect(d.notes ?? '', d.id).not.toBe('');
  });

  it('keeps records in a stable, reviewable order', () => {
    const ids = dataset.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const keys = dataset.deals.map((d) => `${firstDate(d)} ${d.id}`);
    expect(keys).toEqual([...keys].sort());
    const figureIds = dataset.figures.map((f) => `${f.entity} ${f.id}`);
    expect(figureIds).toEqual([...figureIds].sort());
  });

  it('rolls subsidiaries up to their parents and records Stargate as a joint venture', () => {
    expect(root('aws')).toBe('amazon');
    expect(root('microsoft-azure')).toBe('microsoft');
    expect(root('google-cloud')).toBe('alphabet');
    expect(root('google')).toBe('alphabet');
    const stargate = entities.get('stargate');
    expect(stargate?.kind).toBe('joint_venture');
    expect(stargate?.parents.map((p) => p.id).sort()).toEqual([
      'mgx',
      'openai',
      'oracle',
      'softbank',
    ]);
  });

  it('holds the deals the seed articles are reconciled into', () => {
    const byId = new Map(dataset.deals.map((d) => [d.id, d]));
    const talks = byId.get('amazon-openai-2025-talks');
    expect(talks).toMatchObject({
      type: 'equity_investment',
      from: 'amazon',
      to: 'openai',
      status: 'in_talks',
    });
    expect(talks?.amount).toMatchObject({
      qualifier: 'at_least',
      value: '10000000000',
      mayBeZero: true,
    });
    const stake = byId.get('microsoft-openai-stake-2025');
    expect(stake).toMatchObject({ type: 'stake', from: 'microsoft', to: 'openai' });
    expect(stake?.terms.stakePercent?.value).toBe('27');
    const aws = byId.get('openai-aws-2025');
    expect(aws).toMatchObject({
      type: 'compute_purchase',
      from: 'openai',
      to: 'aws',
      status: 'signed',
    });
    expect(aws?.amount).toMatchObject({ value: '38000000000', period: 'P7Y' });
  });

  describe('contains the loops the map must find', () => {
    it('Nvidia → OpenAI → Oracle → Nvidia (cash)', () => {
      expect(legs('nvidia', 'openai', 'cash', 'equity_investment').length).toBeGreaterThan(0);
      expect(legs('openai', 'oracle', 'cash', 'compute_purchase').length).toBeGreaterThan(0);
      expect(legs('oracle', 'nvidia', 'cash', 'hardware_purchase').length).toBeGreaterThan(0);
    });

    it('Microsoft ⇄ OpenAI: Microsoft invests, OpenAI buys Azure (cash)', () => {
      expect(legs('microsoft', 'openai', 'cash', 'equity_investment').length).toBeGreaterThan(0);
      const azure = legs('openai', 'microsoft', 'cash', 'compute_purchase');
      expect(azure.map((l) => l.deal.to)).toContain('microsoft-azure');
    });

    it('AMD ⇄ OpenAI: AMD grants a warrant, OpenAI buys AMD chips (value view)', () => {
      expect(legs('amd', 'openai', 'warrant', 'share_grant').length).toBeGreaterThan(0);
      expect(legs('openai', 'amd', 'cash', 'hardware_purchase').length).toBeGreaterThan(0);
    });

    it('Amazon ⇄ Anthropic: Amazon invests, Anthropic buys AWS compute (cash, with roll-up)', () => {
      expect(legs('amazon', 'anthropic', 'cash', 'equity_investment').length).toBeGreaterThan(0);
      const compute = legs('anthropic', 'amazon', 'cash', 'compute_purchase');
      expect(compute.map((l) => l.deal.to)).toContain('aws');
    });

    it('Nvidia ⇄ CoreWeave: Nvidia invests and buys capacity, CoreWeave buys Nvidia GPUs (cash)', () => {
      expect(legs('nvidia', 'coreweave', 'cash', 'equity_investment').length).toBeGreaterThan(0);
      expect(legs('nvidia', 'coreweave', 'cash', 'compute_purchase').length).toBeGreaterThan(0);
      expect(legs('coreweave', 'nvidia', 'cash', 'hardware_purchase').length).toBeGreaterThan(0);
    });
  });
});

/** The map's settings as URL parameters: what is shown (filters, view, amount policy) and what is selected. */

export type ViewKind = 'money' | 'value';
export type Policy = 'low' | 'stated' | 'high';

export interface MapQuery {
  /** What was known on this date; null = today. */
  readonly asOf: string | null;
  readonly statuses: readonly string[];
  /** Null keeps every deal type. */
  readonly types: readonly string[] | null;
  readonly view: ViewKind;
  readonly policy: Policy;
  readonly rollup: boolean;
  /** Count claims nobody has reviewed yet. */
  readonly unreviewed: boolean;
  /** Selected: "e:from>to" (a pair of companies), "l:legId" (one leg) or "n:companyId". */
  readonly sel: string | null;
  /** Pairs whose bundled legs are shown one by one. */
  readonly open: readonly string[];
  /** Loop story step (1-based) when a loop is shown. */
  readonly step: number;
}

export const DEFAULT_STATUSES = ['announced', 'signed', 'completed', 'amended'];

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** Read the map settings from URL parameters (unknown values are left to the server to refuse). */
export function readMapQuery(p: URLSearchParams): MapQuery {
  const statuses = list(p.get('statuses'));
  const types = list(p.get('types'));
  const view = p.get('view') === 'value' ? 'value' : 'money';
  const policy = p.get('policy');
  return {
    asOf: p.get('asOf') || null,
    statuses: statuses.length ? statuses : DEFAULT_STATUSES,
    types: types.length ? types : null,
    view,
    policy: policy === 'low' || policy === 'high' ? policy : 'stated',
    rollup: p.get('rollup') !== 'false',
    unreviewed: p.get('unreviewed') === 'true',
    sel: p.get('sel') || null,
    open: list(p.get('open')),
    step: Math.max(0, Number(p.get('step') ?? 0) || 0),
  };
}

/** Write the settings back, leaving defaults out so shared links stay short. */
export function writeMapQuery(q: MapQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.asOf) p.set('asOf', q.asOf);
  if (q.statuses.join(',') !== DEFAULT_STATUSES.join(',')) p.set('statuses', q.statuses.join(','));
  if (q.types) p.set('types', q.types.join(','));
  if (q.view !== 'money') p.set('view', q.view);
  if (q.policy !== 'stated') p.set('policy', q.policy);
  if (!q.rollup) p.set('rollup', 'false');
  if (q.unreviewed) p.set('unreviewed', 'true');
  if (q.sel) p.set('sel', q.sel);
  if (q.open.length) p.set('open', q.open.join(','));
  if (q.step) p.set('step', String(q.step));
  return p;
}

/** Only the parameters that decide what data is shown (for links to other pages and for API calls). */
export function filterParams(q: MapQuery): URLSearchParams {
  return writeMapQuery({ ...q, sel: null, open: [], step: 0 });
}

/** The API query for the graph view, loops and company pages. */
export function apiParams(q: MapQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.asOf) p.set('asOf', q.asOf);
  p.set('statuses', q.statuses.join(','));
  if (q.types) p.set('types', q.types.join(','));
  p.set('view', q.view);
  p.set('policy', q.policy);
  p.set('rollup', String(q.rollup));
  if (q.unreviewed) p.set('includeUnreviewed', 'true');
  return p;
}

const ALL_STATUSES =
  'rumoured,in_talks,announced,signed,completed,amended,stalled,cancelled,denied';

/** The API reads the map page makes for a query (the app starts them before it has even drawn). */
export function mapRequests(q: MapQuery) {
  const view = apiParams(q);
  const loops = new URLSearchParams(view);
  loops.set('limit', '200');
  // NOTE: positions come from every company in every status, so moving the date or filters never moves anyone.
  const everything = new URLSearchParams({
    statuses: ALL_STATUSES,
    view: 'value',
    rollup: String(q.rollup),
  });
  return {
    graph: ['/api/graph', view],
    loops: ['/api/loops', loops],
    everything: ['/api/graph', everything],
    metrics: ['/api/metrics', view],
  } as const;
}

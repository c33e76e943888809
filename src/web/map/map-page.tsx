/** The map page: controls, the map with its legend, and the side panel (loops, story mode, selection). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GraphJson, LoopsJson, MetricsJson } from '../../server/api-types.js';
import { day, money, statusWord } from '../lib/format.js';
import { type Place, href, navigate } from '../lib/location.js';
import {
  type MapQuery,
  apiParams,
  filterParams,
  mapRequests,
  readMapQuery,
  writeMapQuery,
} from '../lib/map-query.js';
import { typeColours, typeLabel, useMeta } from '../lib/meta.js';
import { useApi } from '../lib/use-api.js';
import { Notice } from '../ui/bits.js';
import { Link } from '../ui/link.js';
import { Controls } from './controls.js';
import { ExportMenu } from './export-menu.js';
import { layoutPositions } from './layout.js';
import { Legend } from './legend.js';
import { type Emphasis, MapCanvas, type Pick } from './map-canvas.js';
import { buildMapModel, nodeSize } from './map-model.js';
import { LoopList, LoopStory, loopChain } from './loop-panels.js';
import { EdgePanel, NodePanel } from './selection-panel.js';

const NONE: ReadonlySet<string> = new Set();
/** The text list of payments (for screen readers) stops here; larger maps are exported instead. */
const LIST_LIMIT = 1500;

/** Run `fn` between two performance marks ("<name>-start", "<name>-end"), for the benchmark's breakdown. */
function timed<T>(name: string, fn: () => T): T {
  performance.mark(`${name}-start`);
  try {
    return fn();
  } finally {
    performance.mark(`${name}-end`);
  }
}

export function MapPage(props: { place: Place }) {
  const meta = useMeta();
  const { place } = props;
  const q = readMapQuery(place.params);
  const loopId = place.path.startsWith('/loops/')
    ? decodeURIComponent(place.path.slice('/loops/'.length))
    : null;
  const params = apiParams(q);
  const requests = mapRequests(q);
  const graph = useApi<GraphJson>(requests.graph[0], requests.graph[1]);
  const metrics = useApi<MetricsJson>(requests.metrics[0], requests.metrics[1]);
  const loops = useApi<LoopsJson>(requests.loops[0], requests.loops[1]);
  const everything = useApi<GraphJson>(requests.everything[0], requests.everything[1]);
  const positions = useMemo(
    () =>
      everything.data
        ? timed('map-layout', () =>
            layoutPositions({
              nodes: everything.data!.nodes.map((n) => ({
                id: n.id,
                sector: n.sector,
                flow: n.inflow + n.outflow,
                label: n.name,
                size: nodeSize(n.inflow + n.outflow),
              })),
              edges: everything.data!.edges,
            }),
          )
        : null,
    [everything.data],
  );
  const [panelOpen, setPanelOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [findKey, setFindKey] = useState(0);
  const [fitAll, setFitAll] = useState(0);

  const update = (next: Partial<MapQuery>, opts: { replace?: boolean; path?: string } = {}) =>
    navigate(
      href(opts.path ?? place.path, writeMapQuery({ ...q, ...next })),
      opts.replace ? { replace: true } : {},
    );
  const linkParams = filterParams(q);

  const model = useMemo(
    () =>
      graph.data
        ? timed('map-model', () =>
            buildMapModel(graph.data!, {
              open: new Set(q.open),
              typeColours: typeColours(meta),
              loops: loops.data?.loops ?? [],
              policy: q.policy,
            }),
          )
        : null,
    [graph.data, loops.data, q.open.join(','), q.policy],
  );
  const loop = loopId ? (loops.data?.loops.find((l) => l.id === loopId) ?? null) : null;

  const emphasis = useMemo((): Emphasis => {
    if (!model)
      return { mode: 'none', edges: NONE, nodes: NONE, currentEdges: NONE, currentNodes: NONE };
    if (loop) {
      const hop = q.step > 0 ? loop.hops[q.step - 1] : undefined;
      const hopLegs = new Set(hop?.legs.map((l) => l.id) ?? []);
      return {
        mode: 'loop',
        edges: new Set(model.edges.filter((e) => e.loops.includes(loop.id)).map((e) => e.id)),
        nodes: new Set(loop.nodes.map((n) => n.id)),
        currentEdges: new Set(
          model.edges.filter((e) => e.legs.some((l) => hopLegs.has(l.id))).map((e) => e.id),
        ),
        currentNodes: new Set(hop ? [hop.from, hop.to] : []),
      };
    }
    const edges = model.edges.filter((e) => e.loops.length > 0);
    return {
      mode: 'loops',
      edges: new Set(edges.map((e) => e.id)),
      nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
      currentEdges: NONE,
      currentNodes: NONE,
    };
  }, [model, loop, q.step]);

  const selNode = q.sel?.startsWith('n:') ? q.sel.slice(2) : null;
  const selPair = q.sel?.startsWith('p:') ? q.sel.slice(2) : null;
  const chosen = useMemo(() => {
    if (!model || !q.sel) return [];
    if (selNode) return [selNode];
    if (selPair) return model.edges.filter((e) => e.pair === selPair).map((e) => e.id);
    const legId = q.sel.slice(2);
    return model.edges
      .filter((e) => e.id === q.sel || e.legs.some((l) => l.id === legId))
      .map((e) => e.id);
  }, [model, q.sel]);
  const selectedLegs = useMemo(() => {
    if (!graph.data || !q.sel || selNode) return [];
    if (selPair) return graph.data.edges.filter((e) => `${e.from}>${e.to}` === selPair);
    return graph.data.edges.filter((e) => `l:${e.id}` === q.sel);
  }, [graph.data, q.sel]);

  const fit = useMemo(() => {
    if (loop) return { key: `loop:${loop.id}`, ids: loop.nodes.map((n) => n.id) };
    if (selNode && findKey) return { key: `find:${findKey}`, ids: [selNode] };
    if (fitAll) return { key: `all:${fitAll}`, ids: [] };
    // NOTE: the first view frames the companies in loops (the story); the rest is a pan or "Fit all" away.
    const inLoops = [...emphasis.nodes];
    return { key: 'loops', ids: inLoops };
  }, [loop?.id, findKey, fitAll, emphasis.nodes.size > 0]);

  useEffect(() => {
    document.title = loop ? `${loopChain(loop)} · roundtrip` : 'Map · roundtrip';
  }, [loop?.id]);
  useEffect(() => {
    if (loopId || q.sel) setPanelOpen(true);
  }, [loopId, q.sel]);

  const onPick = (p: Pick) => {
    if (!p) return q.sel ? update({ sel: null }) : undefined;
    if (p.type === 'node') return update({ sel: `n:${p.id}` });
    if (p.id.startsWith('b:')) {
      const pair = p.id.slice(2);
      return update({ open: [...new Set([...q.open, pair])], sel: `p:${pair}` });
    }
    return update({ sel: p.id });
  };
  const zoomBy = (f: number) =>
    window.dispatchEvent(new CustomEvent('roundtrip:zoom', { detail: f }));
  const onFind = (id: string) => {
    setFindKey((k) => k + 1);
    update({ sel: `n:${id}` });
  };

  const presentTypes = useMemo(
    () => [...new Set((everything.data?.edges ?? []).map((e) => e.type ?? 'other'))],
    [everything.data],
  );
  const sectors = useMemo(
    () => [...new Set((graph.data?.nodes ?? []).map((n) => n.sector))],
    [graph.data],
  );
  const companies = useMemo(
    () =>
      (everything.data?.nodes ?? [])
        .map((n) => ({ id: n.id, name: n.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [everything.data],
  );
  const names = new Map((graph.data?.nodes ?? []).map((n) => [n.id, n.name] as const));
  const error = graph.error ?? everything.error ?? loops.error;

  let panel;
  if (loopId) {
    panel = loop ? (
      <LoopStory
        loop={loop}
        deals={loops.data!.deals}
        step={Math.min(q.step, loop.hops.length)}
        onStep={(step) => update({ step }, { replace: true })}
        backHref={href('/', linkParams)}
        linkParams={linkParams}
      />
    ) : loops.data ? (
      <section class="panel-section">
        <Link href={href('/', linkParams)} class="back">
          ← All loops
        </Link>
        <h2>This loop is not on the map with these settings</h2>
        <p class="muted">
          It may close only with other statuses or on another date. Try “In talks or rumoured”, or
          move the date.
        </p>
      </section>
    ) : (
      <Notice loading />
    );
  } else if (selNode && graph.data) {
    panel = (
      <NodePanel
        id={selNode}
        graph={graph.data}
        linkParams={linkParams}
        onClose={() => update({ sel: null })}
      />
    );
  } else if (selectedLegs.length && graph.data) {
    const pair = selPair;
    panel = (
      <EdgePanel
        legs={selectedLegs}
        graph={graph.data}
        linkParams={linkParams}
        onClose={() => update({ sel: null })}
        {...(pair && selectedLegs.length > 1
          ? { onCollapse: () => update({ open: q.open.filter((p) => p !== pair), sel: null }) }
          : {})}
      />
    );
  } else if (loops.data) {
    panel = (
      <LoopList loops={loops.data} linkParams={linkParams} volume={metrics.data?.volume ?? null} />
    );
  } else {
    panel = <Notice loading error={loops.error} />;
  }

  const summary = graph.data ? (
    <>
      {graph.data.edges.length} {q.view === 'money' ? 'payments' : 'transfers'} between{' '}
      {graph.data.nodes.length} companies ·{' '}
      {q.asOf ? `known at the end of ${day(q.asOf)}` : 'everything reported so far'}
      <span class="summary-extra"> · {q.statuses.map(statusWord).join(', ').toLowerCase()}</span>
    </>
  ) : null;

  return (
    <div class={`map-page ${filtersOpen ? 'filters-open' : ''} ${panelOpen ? 'panel-open' : ''}`}>
      <aside class="sidebar" id="filters" aria-label="Map settings">
        <Controls
          query={q}
          onChange={(next, o) => update({ ...next, sel: next.sel ?? q.sel }, o)}
          presentTypes={presentTypes}
          companies={companies}
          onFind={onFind}
        />
      </aside>
      <main class="map-main">
        <div class="map-bar">
          <button
            type="button"
            class="filters-toggle"
            aria-controls="filters"
            aria-expanded={filtersOpen}
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            Settings
          </button>
          <p class="summary" data-testid="map-summary">
            {summary}
          </p>
          <ExportMenu apiParams={params} loopId={loop?.id ?? null} />
          <button
            type="button"
            class="panel-toggle"
            aria-expanded={panelOpen}
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {loopId ? 'Story' : 'Loops'}
          </button>
        </div>
        <div class="map-stage">
          <div class="map-area">
            {model && positions ? (
              <MapCanvas
                model={model}
                positions={positions}
                emphasis={emphasis}
                chosen={chosen[0] ?? null}
                found={selNode}
                fit={fit}
                onPick={onPick}
              />
            ) : (
              <div class="map-canvas placeholder">
                <Notice loading={!error} error={error}>
                  Drawing the map…
                </Notice>
              </div>
            )}
            {error && model ? (
              <p class="map-error" role="alert">
                {error.message}
              </p>
            ) : null}
            <div class="zoom" role="group" aria-label="Zoom">
              <button type="button" aria-label="Zoom in" onClick={() => zoomBy(1.3)}>
                +
              </button>
              <button type="button" aria-label="Zoom out" onClick={() => zoomBy(1 / 1.3)}>
                −
              </button>
              <button
                type="button"
                aria-label="Show the whole map"
                title="Show the whole map"
                onClick={() => setFitAll((k) => k + 1)}
              >
                ⤢
              </button>
            </div>
          </div>
          <Legend view={q.view} sectors={sectors} types={presentTypes} />
        </div>
        {graph.data ? (
          <section class="sr-only" aria-label="Payments on the map, as text">
            <ul data-testid="payment-list">
              {graph.data.edges.slice(0, LIST_LIMIT).map((e) => {
                const d = e.dealId ? graph.data!.deals[e.dealId] : undefined;
                return (
                  <li data-deal={e.dealId ?? ''}>
                    {names.get(e.from) ?? e.from} to {names.get(e.to) ?? e.to}:{' '}
                    {e.label ?? money(e.amount)}, {typeLabel(meta, e.type)}, {statusWord(e.status)}
                    {d ? (
                      <>
                        ,{' '}
                        <Link href={href(`/deals/${encodeURIComponent(d.id)}`, linkParams)}>
                          {d.title}
                        </Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {graph.data.edges.length > LIST_LIMIT ? (
              <p>And {graph.data.edges.length - LIST_LIMIT} more: use Export for the full list.</p>
            ) : null}
          </section>
        ) : null}
      </main>
      <aside class="panel" aria-label={loopId ? 'Loop story' : 'Details'}>
        <button
          type="button"
          class="panel-close"
          aria-label="Hide panel"
          onClick={() => setPanelOpen(false)}
        >
          ▾
        </button>
        {panel}
      </aside>
    </div>
  );
}

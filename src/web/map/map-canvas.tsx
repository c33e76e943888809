/** The map itself: a Cytoscape canvas kept in step with the model, emphasis classes and the camera. */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { type EdgeLabel, placeEdgeLabels } from './edge-label-room.js';
import { type Box, labelBox, labelFont } from './label-room.js';
import { type Positions, placeNewcomer } from './layout.js';
import type { MapModel } from './map-model.js';
import { mapStyle } from './map-style.js';

/** What to bring forward: every loop, one loop (with its current step), or nothing. */
export interface Emphasis {
  readonly mode: 'loops' | 'loop' | 'none';
  readonly edges: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
  readonly currentEdges: ReadonlySet<string>;
  readonly currentNodes: ReadonlySet<string>;
}

export type Pick =
  | { readonly type: 'node'; readonly id: string }
  | { readonly type: 'edge'; readonly id: string }
  | null;

export interface MapCanvasProps {
  readonly model: MapModel;
  readonly positions: Positions;
  readonly emphasis: Emphasis;
  /** The selected element's id (edge or node). */
  readonly chosen: string | null;
  /** A company found by search. */
  readonly found: string | null;
  /** Fit the camera to these element ids whenever `key` changes (empty: everything). */
  readonly fit: { readonly key: string; readonly ids: readonly string[] };
  readonly onPick: (pick: Pick) => void;
}

/** Edges above this many legs draw without labels or curves, and pan as a texture. */
/** Above this many edges the map moves as one picture while panning (the small maps journalists draw stay crisp). */
const BUSY = 250;
const LARGE = 3000;

/**
 * Slide every shown amount along its line until it covers no company and no other amount; an amount
 * with no free spot is left out (picking the payment still shows it). Larger payments, and the legs of
 * the loop being told, choose first. Only what is visible counts: faded companies and lines step aside.
 */
function roomForAmounts(cy: cytoscape.Core): void {
  if (cy.edges().length > LARGE) return;
  // NOTE: companies outside the loops still print their names; only faded ones give up their room.
  const obstacles: Box[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass('faded')) return;
    const p = n.position();
    const name = String(n.data('name') ?? '');
    obstacles.push(
      labelBox({ id: n.id(), x: p.x, y: p.y, size: Number(n.data('size')), label: name }),
    );
  });
  const labels: EdgeLabel[] = [];
  cy.edges().forEach((e) => {
    const text = String(e.data('text') ?? '');
    if (!text || e.hasClass('faded') || e.hasClass('plain')) return;
    const boost = e.hasClass('current') ? 2e15 : e.hasClass('focus') ? 1e15 : 0;
    labels.push({
      id: e.id(),
      text,
      short: text.split(' · ')[0],
      font: e.hasClass('current') ? 14 : Number(e.data('font')),
      priority: boost + Number(e.data('amount') ?? 0),
      source: e.source().position(),
      target: e.target().position(),
      mid: e.midpoint(),
    });
  });
  const spots = placeEdgeLabels(labels, obstacles);
  const box = cy.container();
  // NOTE: how many amounts are printed and how many found no room: the browser tests read these.
  if (box) {
    box.dataset.amountsShown = String([...spots.values()].filter((s) => s !== null).length);
    box.dataset.amountsHidden = String([...spots.values()].filter((s) => s === null).length);
  }
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const spot = spots.get(e.id());
      // NOTE: hidden lines keep their text: their labels are transparent, and they may come back.
      if (spot === undefined)
        e.data({ label: e.data('text') ?? '', lx: 0, ly: 0, shown: e.data('font') });
      else if (spot === null) e.data({ label: '', lx: 0, ly: 0, shown: e.data('font') });
      else
        e.data({
          label: spot.text,
          lx: Math.round(spot.dx),
          ly: Math.round(spot.dy),
          shown: spot.font,
        });
    });
  });
}

const arrowScale = (width: number) => Math.max(0.55, Math.min(1.5, 2.1 / Math.sqrt(width / 1.4)));

/** The zoom and pan that fit `eles` with `padding`, zooming in no further than `maxZoom`. */
function fitted(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionReturnValue,
  padding: number,
  maxZoom: number,
) {
  // NOTE: from node positions and sizes only (plus room for labels): a full bounding box would compute
  // the style of every edge, which takes seconds on large maps.
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  eles.nodes().forEach((n) => {
    const p = n.position();
    const r = Number(n.data('size') ?? 30) / 2;
    x1 = Math.min(x1, p.x - r - 40);
    x2 = Math.max(x2, p.x + r + 40);
    y1 = Math.min(y1, p.y - r);
    y2 = Math.max(y2, p.y + r + 24);
  });
  if (!Number.isFinite(x1)) ({ x1, y1, x2, y2 } = { x1: -100, y1: -100, x2: 100, y2: 100 });
  const bb = { x1, y1, w: x2 - x1, h: y2 - y1 };
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(maxZoom, w / Math.max(1, bb.w), h / Math.max(1, bb.h)),
  );
  return {
    zoom,
    pan: {
      x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
    },
  };
}

export function MapCanvas(props: MapCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const pickRef = useRef(props.onPick);
  const fitKey = useRef<string | null>(null);
  const lastFit = useRef<{
    eles: cytoscape.CollectionReturnValue;
    padding: number;
    at: number;
  } | null>(null);
  pickRef.current = props.onPick;

  // Create the canvas once.
  useEffect(() => {
    const container = box.current!;
    // NOTE: Cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids
    // inline styles, and the rule it adds (position: relative) is already in styles.css.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      const marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.append(marker);
    }
    const large = props.model.edges.length > LARGE;
    const busy = props.model.edges.length > BUSY;
    const cy = cytoscape({
      container,
      style: mapStyle(large),
      elements: [],
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      // NOTE: on large maps a drag anywhere pans (a grabbed node would redraw every edge each frame).
      autoungrabify: large,
      selectionType: 'single',
      // NOTE: on busy maps edges step aside while the map moves (as Gephi and sigma do) and the picture
      // moves as one image, so panning stays smooth.
      hideEdgesOnViewport: busy,
      textureOnViewport: busy,
      motionBlur: false,
      pixelRatio: 'auto',
    });
    cyRef.current = cy;
    cy.on('tap', (e) => {
      if (e.target === cy) pickRef.current(null);
    });
    cy.on('tap', 'node', (e) =>
      pickRef.current({ type: 'node', id: (e.target as cytoscape.NodeSingular).id() }),
    );
    cy.on('tap', 'edge', (e) =>
      pickRef.current({ type: 'edge', id: (e.target as cytoscape.EdgeSingular).id() }),
    );
    // NOTE: a company dragged by hand changes which amounts have room.
    cy.on('dragfree', 'node', () => roomForAmounts(cy));
    cy.on('mouseover', 'node, edge', () => (container.style.cursor = 'pointer'));
    cy.on('mouseout', 'node, edge', () => (container.style.cursor = ''));
    cy.one('render', () => {
      performance.mark('map-painted');
      container.dataset.painted = 'true';
    });
    // NOTE: a panel opening on a phone shrinks the map right after a fit; redo that fit so the loop stays in view.
    const ro = new ResizeObserver(() => {
      cy.resize();
      const last = lastFit.current;
      if (last && performance.now() - last.at < 1500)
        cy.viewport(fitted(cy, last.eles, last.padding, 1.35));
    });
    ro.observe(container);
    const zoom = (e: Event) => {
      const f = (e as CustomEvent<number>).detail;
      cy.animate(
        {
          zoom: {
            level: cy.zoom() * f,
            renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
          },
        },
        { duration: 180 },
      );
    };
    window.addEventListener('roundtrip:zoom', zoom);
    return () => {
      window.removeEventListener('roundtrip:zoom', zoom);
      ro.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // Keep the elements in step with the model.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { model, positions } = props;
    const want = new Set([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
    // NOTE: new elements are added in one call; adding thousands one by one is quadratic in Cytoscape.
    const added: cytoscape.ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((el) => !want.has(el.id()))
        .remove();
      for (const n of model.nodes) {
        const data = {
          id: n.id,
          name: n.name,
          size: n.size,
          fill: n.fill,
          stroke: n.stroke,
          sector: n.sector,
          font: labelFont(n.size),
        };
        const el = cy.getElementById(n.id);
        if (el.nonempty()) el.data(data);
        else {
          const position =
            positions.get(n.id) ??
            placeNewcomer(
              n.id,
              model.edges
                .filter((e) => e.source === n.id || e.target === n.id)
                .map((e) => (e.source === n.id ? e.target : e.source)),
              positions,
            );
          // NOTE: on large maps nodes are pannable too, so a drag that starts on one still pans.
          added.push({
            group: 'nodes',
            data,
            position: { ...position },
            pannable: cy.autoungrabify(),
          });
        }
      }
      for (const e of model.edges) {
        // NOTE: labels of small amounts are drawn smaller, so they appear only when zoomed in (min-zoomed-font-size).
        const font =
          e.amount === null ? 10 : Math.round(9 + 9 * Math.sqrt(Math.min(1, e.amount / 300e9)));
        const label = e.amount === null ? '' : e.label;
        const data = {
          id: e.id,
          source: e.source,
          target: e.target,
          width: e.width,
          colour: e.colour,
          line: e.line,
          text: label,
          label,
          lx: 0,
          ly: 0,
          shown: font,
          amount: e.amount ?? 0,
          font,
          arrow: arrowScale(e.width),
        };
        const el = cy.getElementById(e.id);
        if (el.nonempty()) el.data(data);
        else added.push({ group: 'edges', data });
      }
      if (added.length) cy.add(added);
    });
    box.current!.dataset.nodes = String(model.nodes.length);
    box.current!.dataset.edges = String(model.edges.length);
  }, [props.model, props.positions]);

  // Emphasis: loops forward, one loop isolated, the current story step lit.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { emphasis, chosen, found } = props;
    cy.batch(() => {
      cy.$('.plain, .faded, .focus, .step, .current, .chosen, .found').removeClass(
        'plain faded focus step current chosen found',
      );
      if (emphasis.mode === 'loops' && emphasis.edges.size) {
        cy.edges().forEach((e) => {
          if (!emphasis.edges.has(e.id())) e.addClass('plain');
        });
        cy.nodes().forEach((n) => {
          if (!emphasis.nodes.has(n.id())) n.addClass('plain');
        });
      } else if (emphasis.mode === 'loop') {
        cy.elements().forEach((el) => {
          const node = el.group() === 'nodes';
          const on = node ? emphasis.nodes.has(el.id()) : emphasis.edges.has(el.id());
          el.addClass(on ? 'focus' : 'faded');
          if (on && emphasis.currentEdges.size) el.addClass('step');
          if (node ? emphasis.currentNodes.has(el.id()) : emphasis.currentEdges.has(el.id()))
            el.addClass('current');
        });
      }
      if (chosen) cy.getElementById(chosen).addClass('chosen');
      if (found) cy.getElementById(found).addClass('found');
    });
    roomForAmounts(cy);
  }, [props.emphasis, props.chosen, props.found, props.model]);

  // Camera: fit to everything at first, then to what a loop or search asks for.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.elements().empty() || fitKey.current === props.fit.key) return;
    const first = fitKey.current === null;
    fitKey.current = props.fit.key;
    const ids = props.fit.ids;
    let eles = cy.collection();
    for (const id of ids) eles = eles.union(cy.getElementById(id));
    const target = eles.nonempty()
      ? eles.union(
          eles
            .connectedEdges()
            .filter((e) => eles.contains(e.source()) && eles.contains(e.target())),
        )
      : cy.elements();
    const padding = ids.length ? 50 : 30;
    // NOTE: a loop of two or three companies would fill the screen; keep a little context around it.
    const { zoom, pan } = fitted(cy, target, padding, 1.35);
    lastFit.current = { eles: target, padding, at: performance.now() };
    if (first) cy.viewport({ zoom, pan });
    else cy.animate({ zoom, pan }, { duration: 450, easing: 'ease-in-out-cubic' });
  }, [props.fit.key, props.model]);

  const onKey = (e: KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 80;
    const zoomAt = (f: number) =>
      cy.zoom({
        level: cy.zoom() * f,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    const moves: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      '+': () => zoomAt(1.25),
      '=': () => zoomAt(1.25),
      '-': () => zoomAt(0.8),
      '0': () => cy.animate(fitted(cy, cy.elements(), 30, 2), { duration: 300 }),
    };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      move();
    }
  };

  return (
    <div
      ref={box}
      class="map-canvas"
      tabIndex={0}
      role="application"
      aria-roledescription="map"
      aria-label="Map of payments between companies. Arrow keys pan, plus and minus zoom, 0 fits. The same payments are listed as text below the map."
      onKeyDown={onKey}
    />
  );
}

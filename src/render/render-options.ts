/** What a picture is drawn from and how: the input data, the options, their defaults and checks. */
import type { GraphEdge, GraphView } from '../analysis/graph-view.js';
import type { Deal } from '../core/deal.js';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import { type IsoDate, isIsoDate } from '../core/fuzzy-date.js';
import type { EntityId } from '../core/ids.js';
import { THEME_NAMES, type ThemeName } from './render-theme.js';

/**
 * A loop to draw: a `Loop` from src/analysis fits, and so does `{ nodes }` alone, in which
 * case the legs of the view between consecutive nodes are drawn.
 */
export interface LoopLike {
  readonly nodes: readonly EntityId[];
  readonly legs?: readonly GraphEdge[];
  /** The circular amount (bottleneck), when known. */
  readonly amount?: bigint | null;
}

/** The data a picture is drawn from. */
export interface RenderInput {
  readonly view: GraphView;
  /** The deals the view came from: names, amounts as reported, dates and sources. */
  readonly deals: readonly Deal[];
  readonly entities: readonly Entity[];
  /** Draw only this loop, on a circle; otherwise the whole view is laid out. */
  readonly loop?: LoopLike;
}

/** Node positions in picture units (centres), as a layout returns them. */
export type NodePositions = ReadonlyMap<EntityId, { readonly x: number; readonly y: number }>;

export interface RenderOptions {
  readonly theme?: ThemeName;
  /** Headline; derived from the loop or the view when absent. */
  readonly title?: string;
  /** Line under the title; derived (what the picture shows) when absent. */
  readonly subtitle?: string;
  /** The date the picture describes; defaults to the view's asOf. Pass today for a current view. */
  readonly asOf?: IsoDate | null;
  /** Picture width in pixels (SVG user units). */
  readonly width?: number;
  /** Edge labels: the amount only, or the amount with the deal type and status. */
  readonly labels?: 'amount' | 'full';
  readonly legend?: boolean;
  /**
   * Source notes: `full` lists outlet, date and address of every source; `short` outlet and
   * date only (maps: dozens of deals); `none` leaves them out. Loops default to full, maps to short.
   */
  readonly footnotes?: FootnoteMode | boolean;
  /** Sum the legs between each pair (one arrow per direction); default true for maps, false for loops. */
  readonly aggregate?: boolean;
  /** A credit line at the bottom ("Chart: Jane Doe / Example News"). */
  readonly credit?: string;
  /** Positions to use instead of computing a layout (the web app's current view). */
  readonly positions?: NodePositions;
}

export interface ResolvedRenderOptions {
  readonly theme: ThemeName;
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly asOf: IsoDate | null;
  readonly width: number;
  readonly labels: 'amount' | 'full';
  readonly legend: boolean;
  readonly footnotes: FootnoteMode;
  readonly credit: string | null;
  readonly aggregate: boolean;
  readonly positions: NodePositions | null;
}

export type FootnoteMode = 'full' | 'short' | 'none';

function footnoteMode(v: FootnoteMode | boolean | undefined, loop: boolean): FootnoteMode {
  if (v === undefined || v === true) return loop ? 'full' : 'short';
  if (v === false) return 'none';
  if (v !== 'full' && v !== 'short' && v !== 'none') {
    throw new InputError(`render: footnotes "${String(v)}" must be full, short or none`, { option: 'footnotes', value: v });
  }
  return v;
}

/** Check and complete render options; throws InputError naming the bad value. */
export function resolveRenderOptions(input: RenderInput, options: RenderOptions = {}): ResolvedRenderOptions {
  const theme = options.theme ?? 'light';
  if (!THEME_NAMES.includes(theme)) {
    throw new InputError(`render: theme "${String(theme)}" must be one of ${THEME_NAMES.join(', ')}`, { option: 'theme', value: theme });
  }
  const asOf = options.asOf === undefined ? input.view.options.asOf : options.asOf;
  if (asOf !== null && !isIsoDate(asOf)) {
    throw new InputError(`render: as-of date "${asOf}" is not a date; use YYYY-MM-DD`, { option: 'asOf', value: asOf });
  }
  const width = options.width ?? (input.loop ? 1000 : 1400);
  if (!(Number.isFinite(width) && width >= 400 && width <= 10000)) {
    throw new InputError(`render: width ${width} must be between 400 and 10000 pixels`, { option: 'width', value: width });
  }
  const labels = options.labels ?? (input.loop ? 'full' : 'amount');
  if (labels !== 'amount' && labels !== 'full') {
    throw new InputError(`render: labels "${String(labels)}" must be "amount" or "full"`, { option: 'labels', value: labels });
  }
  if (input.loop) {
    const known = new Set(input.view.nodes);
    if (input.loop.nodes.length < 2) {
      throw new InputError('render: a loop needs at least two companies', { option: 'loop', value: input.loop.nodes });
    }
    for (const id of input.loop.nodes) {
      if (!known.has(id)) {
        throw new InputError(`render: loop company "${id}" is not in the graph view; check the view's filters`, { option: 'loop', value: id });
      }
    }
  }
  return {
    theme,
    title: options.title ?? null,
    subtitle: options.subtitle ?? null,
    asOf,
    width,
    labels,
    legend: options.legend ?? true,
    footnotes: footnoteMode(options.footnotes, !!input.loop),
    credit: options.credit ?? null,
    aggregate: options.aggregate ?? !input.loop,
    positions: options.positions ?? null,
  };
}

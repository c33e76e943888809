/** Everything the map shows for one view, in one call: components, loops, circular volume, exposures. */
import type { EntityId } from '../core/ids.js';
import { type CircularVolume, circularVolume, circularVolumeRange } from './circular-volume.js';
import { type Exposure, exposure } from './exposure.js';
import { type Loop, type LoopOptions, findLoops } from './find-loops.js';
import type { GraphView } from './graph-view.js';
import { stronglyConnectedComponents } from './strongly-connected-components.js';

export interface Analysis {
  /** Groups of companies money can circle in (two or more members). */
  readonly components: readonly (readonly EntityId[])[];
  readonly loops: readonly Loop[];
  readonly volume: CircularVolume;
  /** Clearing at the low and high ends of the amount intervals. */
  readonly volumeRange: { readonly low: CircularVolume; readonly high: CircularVolume };
  /** One per node, in node order. */
  readonly exposures: readonly Exposure[];
}

/**
 * The full analysis of a view (what the browser recomputes on every change of the filters).
 * @example analyseAll(buildGraphView(deals, entities, { asOf: '2025-10-01' })).loops.length
 */
export function analyseAll(view: GraphView, loopOptions: LoopOptions = {}): Analysis {
  return {
    components: stronglyConnectedComponents(view, { minSize: 2 }),
    loops: findLoops(view, loopOptions),
    volume: circularVolume(view),
    volumeRange: circularVolumeRange(view),
    exposures: view.nodes.map((id) => exposure(view, id)),
  };
}

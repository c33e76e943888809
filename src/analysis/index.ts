/** The analysis layer: graph views and the loops, volumes, exposures and stress computed on them. */
export * from './graph-view.js';
export * from './edge-list.js';
export * from './parse-edge-csv.js';
export * from './strongly-connected-components.js';
export * from './find-loops.js';
export type { TemporalOptions } from './temporal-order.js';
export * from './circular-volume.js';
export * from './exposure.js';
export * from './commitment-schedule.js';
export * from './eisenberg-noe.js';
export * from './debt-rank.js';
export * from './analyse-all.js';

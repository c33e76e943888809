/** The render layer: pictures (SVG, PNG, PDF) of loops and maps, and the export formats. */
export * from './render-options.js';
export * from './render-theme.js';
export * from './render-svg.js';
export * from './svg-to-png.js';
export * from './svg-to-pdf.js';
export * from './elk-layout.js';
export * from './circular-layout.js';
export * from './text-width.js';
export * from './xml-escape.js';

/** SVG → PNG with resvg (a Rust SVG rasteriser), text drawn in the shipped Inter font. */
import { Resvg } from '@resvg/resvg-js';
import { InputError } from '../core/errors.js';
import { fontFiles } from './render-fonts.js';

export interface PngOptions {
  /** Output width in pixels (height follows). */
  readonly width?: number;
  /** Zoom factor instead of a width: 2 gives a sharp picture for print or high-density screens. */
  readonly scale?: number;
}

/**
 * Rasterise an SVG. Default scale 2 (so a 1000-wide picture gives a 2000-pixel PNG).
 * @example writeFileSync('loop.png', svgToPng(svg, { scale: 2 }))
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  if (options.width !== undefined && !(Number.isInteger(options.width) && options.width > 0 && options.width <= 20000)) {
    throw new InputError(`render: PNG width ${options.width} must be a whole number of pixels up to 20000`, { option: 'width', value: options.width });
  }
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 10)) {
    throw new InputError(`render: PNG scale ${scale} must be above 0 and at most 10`, { option: 'scale', value: scale });
  }
  const fonts = fontFiles();
  const resvg = new Resvg(svg, {
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: options.width !== undefined ? { mode: 'width', value: options.width } : { mode: 'zoom', value: scale },
    background: undefined,
  });
  return new Uint8Array(resvg.render().asPng());
}

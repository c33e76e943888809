/** SVG → PDF, vector, with PDFKit and svg-to-pdfkit, text set in the shipped Inter font (embedded). */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { InputError } from '../core/errors.js';
import { fontFiles } from './render-fonts.js';

export interface PdfOptions {
  /** Document title in the PDF's metadata. */
  readonly title?: string;
}

/** CSS pixels to PDF points (96 px = 72 pt). */
const PX_TO_PT = 0.75;

/**
 * Convert an SVG made by `renderSvg` into a one-page vector PDF the size of the picture.
 * @throws InputError when the SVG has no width and height.
 */
export function svgToPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const size = /<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"/.exec(svg);
  if (!size) throw new InputError('render: the SVG has no width and height attributes; render it with renderSvg first', {});
  const width = Number(size[1]) * PX_TO_PT;
  const height = Number(size[2]) * PX_TO_PT;
  const fonts = fontFiles();
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    info: { Title: options.title ?? 'roundtrip', Creator: 'roundtrip', Producer: 'roundtrip (PDFKit)' },
  });
  doc.registerFont('Inter', fonts.regular);
  doc.registerFont('Inter-Bold', fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    fontCallback: (_family, bold) => (bold ? 'Inter-Bold' : 'Inter'),
  });
  doc.end();
  return done;
}

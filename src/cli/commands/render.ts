/** `roundtrip render`: a print-ready picture (SVG, PNG, PDF) of a loop, a company's deals, or the map. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { Command } from 'commander';
import { type Loop, findLoops } from '../../analysis/find-loops.js';
import type { GraphView } from '../../analysis/graph-view.js';
import { InputError, NotFoundError } from '../../core/errors.js';
import type { Entity } from '../../core/entity.js';
import { findEntity } from '../../ledger/entity-lookup.js';
import { focusView } from '../../render/focus-view.js';
import type { RenderInput } from '../../render/render-options.js';
import { THEMES, type ThemeName } from '../../render/render-theme.js';
import { type CliIo, println } from '../io.js';
import { addViewOptions, type ViewFlags, withView } from '../view-options.js';
import type { RegisterCommand } from './index.js';

interface RenderFlags extends ViewFlags {
  loop?: string;
  company?: string;
  out?: string;
  theme: string;
  title?: string;
  width?: string;
  alt?: boolean;
}

/** The loop a user names: its id ("nvidia>openai>oracle") or its companies in any rotation ("Nvidia,OpenAI,Oracle"). */
export function pickLoop(view: GraphView, entities: readonly Entity[], ref: string, maxLength: number): Loop {
  const parts = ref.split(/[>,→]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) throw new InputError(`--loop "${ref}" must name at least two companies, e.g. nvidia>openai>oracle`, { option: 'loop' });
  const ids = parts.map((p) => (entities.length ? findEntity(entities, p).id : p));
  const rollup = (id: string) => view.rolledUp.get(id as never) ?? id;
  const wanted = ids.map(rollup);
  const loops = findLoops(view, { maxLength: Math.max(maxLength, wanted.length) });
  const match = loops.find((l) => l.nodes.length === wanted.length && l.nodes.some((_, i) => wanted.every((w, k) => l.nodes[(i + k) % l.nodes.length] === w)));
  if (!match) {
    const known = loops.slice(0, 8).map((l) => l.id).join(', ');
    throw new NotFoundError(`no loop ${wanted.join(' → ')} in this view${known ? `; loops here include ${known}` : ''} (try --view value or other statuses)`, { loop: ref });
  }
  return match;
}

export const registerRender: RegisterCommand = (program: Command, io: CliIo) => {
  const cmd = program
    .command('render')
    .description('draw a loop, a company or the whole map as SVG, PNG or PDF, with legend and numbered sources')
    .option('--loop <id>', 'a loop: its id from `roundtrip loops` or its companies, e.g. nvidia>openai>oracle')
    .option('--company <id>', "a company and its direct counterparties")
    .option('--out <file>', 'where to write: .svg, .png or .pdf')
    .option('--theme <theme>', 'light, dark or print (black and white)', 'light')
    .option('--title <text>', 'headline (default: what the picture shows)')
    .option('--width <px>', 'picture width in pixels')
    .option('--alt', 'print the alt text (a description for screen readers) on stdout');
  addViewOptions(cmd).action(async (opts: RenderFlags, c: Command) => {
    if (!opts.out && !opts.alt) throw new InputError('render: give --out FILE.svg|.png|.pdf (or --alt for the description only)', { option: 'out' });
    const format = opts.out ? extname(opts.out).slice(1).toLowerCase() : 'svg';
    if (!['svg', 'png', 'pdf'].includes(format)) throw new InputError(`render: --out "${opts.out}" must end in .svg, .png or .pdf`, { option: 'out' });
    if (!(opts.theme in THEMES)) throw new InputError(`--theme "${opts.theme}" must be light, dark or print`, { option: 'theme' });
    if (opts.loop && opts.company) throw new InputError('render: give --loop or --company, not both', { option: 'loop' });
    const width = opts.width === undefined ? undefined : Number(opts.width);
    if (width !== undefined && !(width >= 320 && width <= 10000)) throw new InputError(`--width "${opts.width}" must be a number of pixels from 320 to 10000`, { option: 'width' });
    // NOTE: the renderer (layout, fonts, PNG and PDF writers) loads only when a map is drawn.
    const { renderSvg } = await import('../../render/render-svg.js');
    await withView(io, c.optsWithGlobals(), opts, async ({ view, deals, entities }) => {
      let input: RenderInput = { view, deals, entities };
      if (opts.loop) input = { ...input, loop: pickLoop(view, entities, opts.loop, 6) };
      else if (opts.company) input = { ...input, view: focusView(view, findEntity(entities, opts.company).id) };
      const asOf = view.options.asOf ?? io.now().slice(0, 10);
      const { svg, alt, width: w, height: h } = await renderSvg(input, {
        theme: opts.theme as ThemeName,
        asOf,
        ...(opts.title ? { title: opts.title } : {}),
        ...(width ? { width } : {}),
      });
      if (opts.out) {
        const bytes =
          format === 'svg'
            ? svg
            : format === 'png'
              ? (await import('../../render/svg-to-png.js')).svgToPng(svg)
              : await (await import('../../render/svg-to-pdf.js')).svgToPdf(svg, { title: opts.title ?? alt.split('.')[0] ?? 'roundtrip' });
        await mkdir(dirname(opts.out), { recursive: true });
        await writeFile(opts.out, bytes);
        io.stderr.write(`roundtrip: wrote ${opts.out} (${format.toUpperCase()}, ${Math.round(w)}×${Math.round(h)})\n`);
      }
      if (opts.alt) println(io, alt);
    });
  });
};

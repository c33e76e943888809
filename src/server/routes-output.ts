/** Output routes: pictures (SVG, PNG, PDF) of a loop, a company or the map, and the ledger in export formats. */
import { z } from 'zod';
import { findLoops } from '../analysis/find-loops.js';
import { InputError, NotFoundError } from '../core/errors.js';
import { CSV_HEADERS, type CsvTableName } from '../render/export-csv.js';
import { bundleForView } from '../render/export-bundle.js';
import { EXPORT_FORMATS, exportBundle } from '../render/export-format.js';
import { focusView } from '../render/focus-view.js';
import { renderSvg } from '../render/render-svg.js';
import { THEME_NAMES } from '../render/render-theme.js';
import { svgToPdf } from '../render/svg-to-pdf.js';
import { svgToPng } from '../render/svg-to-png.js';
import { type ApiRoute, type RawAnswer, defineRoute } from './api-route.js';
import { viewFor } from './graph-options.js';
import { graphQueryShape, intParam } from './query-schemas.js';

const PICTURE_TYPES = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' } as const;

/** A file name from the parts of a view: "roundtrip-nvidia-openai-oracle-2025-10.png". */
function fileName(parts: readonly (string | null | undefined)[], ext: string): string {
  const stem = ['roundtrip', ...parts]
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9.-]+/g, '-');
  return `${stem}.${ext}`;
}

export const renderRoute = defineRoute({
  method: 'get',
  path: '/render',
  tag: 'output',
  summary:
    'A print-ready picture of a loop, a company and its counterparties, or the map, with legend and numbered sources',
  produces: Object.values(PICTURE_TYPES),
  query: z.object({
    ...graphQueryShape,
    format: z
      .enum(['svg', 'png', 'pdf'])
      .optional()
      .meta({ description: 'svg (default), png or pdf' }),
    loop: z
      .string()
      .min(3)
      .max(500)
      .optional()
      .meta({ description: 'a loop id from /api/loops ("nvidia>openai>oracle")' }),
    company: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'a company and its direct counterparties (id, name or ticker)' }),
    theme: z.enum(THEME_NAMES).optional().meta({ description: 'light (default), dark or print' }),
    title: z.string().max(200).optional(),
    width: intParam(320, 4000, 'picture width in pixels'),
  }),
  handler: async ({ ledger, cache, query }): Promise<RawAnswer> => {
    if (query.loop && query.company)
      throw new InputError('render: give loop or company, not both', { option: 'loop' });
    const data = await viewFor(ledger, cache, query);
    let input: Parameters<typeof renderSvg>[0] = data;
    if (query.loop) {
      const loop = findLoops(data.view, {
        maxLength: Math.max(6, query.loop.split('>').length),
      }).find((l) => l.id === query.loop);
      if (!loop)
        throw new NotFoundError(
          `render: no loop "${query.loop}" with these settings; /api/loops lists the loops of a view`,
          { loop: query.loop },
        );
      input = { ...data, loop };
    } else if (query.company) {
      const id = (await ledger.entity(query.company)).id;
      input = { ...data, view: focusView(data.view, data.view.rolledUp.get(id) ?? id) };
    }
    const format = query.format ?? 'svg';
    const { svg, alt } = await renderSvg(input, {
      ...(query.theme ? { theme: query.theme } : {}),
      asOf: data.view.options.asOf ?? ledger.now().slice(0, 10),
      ...(query.title ? { title: query.title } : {}),
      ...(query.width ? { width: query.width } : {}),
    });
    const raw =
      format === 'svg'
        ? svg
        : format === 'png'
          ? svgToPng(svg)
          : await svgToPdf(svg, { title: query.title ?? alt.split('.')[0] ?? 'roundtrip' });
    const what = query.loop
      ? query.loop.split('>').join('-')
      : query.company
        ? query.company
        : 'map';
    return {
      raw,
      contentType: PICTURE_TYPES[format],
      filename: fileName([what, data.view.options.asOf], format),
    };
  },
});

const CSV_TABLES = Object.keys(CSV_HEADERS) as CsvTableName[];

export const exportRoute = defineRoute({
  method: 'get',
  path: '/export',
  tag: 'output',
  summary:
    'The ledger for other tools: dataset JSON, CSV tables, GEXF (Gephi), GraphML, DOT, FollowTheMoney (Aleph), Cypher (Neo4j)',
  produces: [
    'application/json',
    'text/csv',
    'application/gexf+xml',
    'application/graphml+xml',
    'text/vnd.graphviz',
    'application/x-ndjson',
    'application/x-cypher-query',
  ],
  query: z.object({
    ...graphQueryShape,
    format: z
      .enum(EXPORT_FORMATS)
      .optional()
      .meta({ description: `one of ${EXPORT_FORMATS.join(', ')} (default json)` }),
    table: z
      .enum(CSV_TABLES)
      .optional()
      .meta({ description: 'for csv: which table (default deals.csv)' }),
    scope: z.enum(['view', 'all']).optional().meta({
      description: 'view (default): the deals the map shows with these settings; all: every deal',
    }),
  }),
  handler: async ({ ledger, cache, query }): Promise<RawAnswer> => {
    const format = query.format ?? 'json';
    const bundle = await ledger.bundle({
      ...(query.asOf ? { asOf: query.asOf } : {}),
      includeUnreviewed: query.includeUnreviewed ?? false,
    });
    const scope = query.scope ?? 'view';
    const { view } = scope === 'view' ? await viewFor(ledger, cache, query) : { view: null };
    const chosen = view ? bundleForView(bundle, view) : bundle;
    const result = exportBundle(chosen, format, view ? { view } : {});
    const stem = [scope === 'all' ? 'all' : 'view', query.asOf];
    if (result.kind === 'file')
      return {
        raw: result.content,
        contentType: `${result.mediaType}; charset=utf-8`,
        filename: fileName(stem, result.extension),
      };
    const table = query.table ?? 'deals.csv';
    return {
      raw: result.files[table] ?? '',
      contentType: 'text/csv; charset=utf-8',
      filename: fileName([...stem, table.replace(/\.csv$/, '')], 'csv'),
    };
  },
});

export const outputRoutes: readonly ApiRoute[] = [renderRoute, exportRoute];

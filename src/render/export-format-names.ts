/** The names of the export formats, apart from their writers so a command's help can list them cheaply. */

export type ExportFormat = 'json' | 'csv' | 'gexf' | 'graphml' | 'dot' | 'ftm' | 'cypher';

/** Every format `exportBundle` writes, in the order help texts list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'gexf', 'graphml', 'dot', 'ftm', 'cypher'];

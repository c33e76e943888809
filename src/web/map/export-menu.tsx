/** Export: a picture of what is on screen (the map, or the loop in story mode) and the data behind it. */
import { href } from '../lib/location.js';

export function ExportMenu(props: { apiParams: URLSearchParams; loopId: string | null }) {
  const picture = (format: string) => {
    const p = new URLSearchParams(props.apiParams);
    p.set('format', format);
    if (props.loopId) p.set('loop', props.loopId);
    return href('/api/render', p);
  };
  const data = (format: string, table?: string) => {
    const p = new URLSearchParams(props.apiParams);
    p.set('format', format);
    if (table) p.set('table', table);
    return href('/api/export', p);
  };
  return (
    <details class="export">
      <summary>Export</summary>
      <div class="export-menu" role="menu">
        <p class="label">
          {props.loopId ? 'Picture of this loop' : 'Picture of this map'}, with legend and sources
        </p>
        <p>
          <a href={picture('png')} download>
            PNG
          </a>{' '}
          ·{' '}
          <a href={picture('svg')} download>
            SVG
          </a>{' '}
          ·{' '}
          <a href={picture('pdf')} download>
            PDF
          </a>
        </p>
        <p class="label">Data on the map</p>
        <p>
          <a href={data('csv', 'deals.csv')} download>
            Deals (CSV)
          </a>{' '}
          ·{' '}
          <a href={data('json')} download>
            JSON
          </a>{' '}
          ·{' '}
          <a href={data('gexf')} download>
            Gephi
          </a>{' '}
          ·{' '}
          <a href={data('graphml')} download>
            GraphML
          </a>{' '}
          ·{' '}
          <a href={data('ftm')} download>
            Aleph (FtM)
          </a>{' '}
          ·{' '}
          <a href={data('cypher')} download>
            Neo4j
          </a>
        </p>
      </div>
    </details>
  );
}

/** Small shared pieces: status badges with their line style, type swatches, sources, evidence with the quote marked. */
import { ATTRIBUTION_WORDS, STATUS_HINTS, day, statusWord } from '../lib/format.js';
import { statusLine } from '../map/map-model.js';
import { OutLink } from './link.js';

export function StatusBadge(props: { status: string }) {
  return (
    <span
      class={`status status-${statusLine(props.status)}`}
      title={STATUS_HINTS[props.status] ?? ''}
    >
      <svg width="22" height="8" aria-hidden="true">
        <line x1="1" y1="4" x2="21" y2="4" class="status-line" />
      </svg>
      {statusWord(props.status)}
    </span>
  );
}

export function Swatch(props: { colour: string; line?: 'solid' | 'dashed' | 'dotted' }) {
  return (
    <svg class="swatch" width="22" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="21"
        y2="5"
        stroke={props.colour}
        stroke-width="3"
        stroke-linecap="round"
        stroke-dasharray={
          props.line === 'dashed' ? '6 3' : props.line === 'dotted' ? '1 4' : undefined
        }
      />
    </svg>
  );
}

export interface SourceLike {
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title?: string | null;
  readonly publishedAt: string | null;
  readonly attribution?: string;
  readonly independent?: boolean;
  readonly repeats?: string;
}

/** One source: outlet and date as a link, with how the outlet knows and whether it repeats another. */
export function Source(props: { source: SourceLike }) {
  const s = props.source;
  return (
    <li class="source">
      <OutLink href={s.url} class="source-link">
        <strong>{s.outlet ?? 'Unknown outlet'}</strong>
        <span class="muted"> · {day(s.publishedAt)}</span>
      </OutLink>
      {s.title ? <div class="source-title">{s.title}</div> : null}
      <div class="muted small">
        {s.attribution ? (ATTRIBUTION_WORDS[s.attribution] ?? s.attribution) : null}
        {s.independent === false
          ? ` · repeats ${s.repeats ?? 'another report'} (not counted twice)`
          : null}
      </div>
    </li>
  );
}

/** A quote with the text around it; the quote is marked. Article text is rendered as text, never as markup. */
export function Evidence(props: { before: string; quote: string; after: string }) {
  return (
    <blockquote class="evidence">
      {props.before ? <span class="muted">…{props.before}</span> : null}
      <mark>{props.quote}</mark>
      {props.after ? <span class="muted">{props.after}…</span> : null}
    </blockquote>
  );
}

/** A loading or error line. */
export function Notice(props: {
  error?: { message: string } | null;
  loading?: boolean;
  children?: string;
}) {
  if (props.error)
    return (
      <p class="notice error" role="alert">
        {props.error.message}
      </p>
    );
  if (props.loading)
    return (
      <p class="notice" aria-live="polite">
        {props.children ?? 'Loading…'}
      </p>
    );
  return null;
}

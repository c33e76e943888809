/** The deal page: consolidated fields, conflicts side by side, every report with its evidence, status history, related deals. */
import { useEffect } from 'preact/hooks';
import type { DealDetailJson } from '../../server/api-types.js';
import {
  ATTRIBUTION_WORDS,
  STATUS_HINTS,
  day,
  moneyRange,
  statusWord,
  term,
} from '../lib/format.js';
import { type Place, href } from '../lib/location.js';
import { readMapQuery, filterParams } from '../lib/map-query.js';
import { typeLabel, useMeta } from '../lib/meta.js';
import { useApi } from '../lib/use-api.js';
import { Evidence, Notice, StatusBadge } from '../ui/bits.js';
import { Link, OutLink } from '../ui/link.js';

type Claim = DealDetailJson['claims'][number];

interface AmountLike {
  readonly text?: string;
  readonly qualifier?: string;
  readonly lower?: number | null;
  readonly upper?: number | null;
}
interface DateLike {
  readonly earliest?: string;
  readonly latest?: string;
  readonly text?: string;
}

/** A conflicting value in words: an amount as reported, a date, or the value itself. */
function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'not stated';
  if (typeof v === 'object') {
    if ('qualifier' in v) {
      const a = v as AmountLike;
      return a.text ? `“${a.text}”` : moneyRange(a.lower ?? null, a.upper ?? null);
    }
    if ('earliest' in v || 'precision' in v) {
      const d = v as DateLike;
      return (
        d.text ??
        (d.earliest === d.latest || !d.latest
          ? day(d.earliest)
          : `${day(d.earliest)} – ${day(d.latest)}`)
      );
    }
    if ('name' in v) return String((v as { name: unknown }).name);
    return JSON.stringify(v);
  }
  return typeof v === 'string' ? (STATUS_HINTS[v] ? statusWord(v) : v) : String(v);
}

/** A reported date at its precision: "2027", "Q1 2026", "Jul 2025", "30 Jun 2025". */
function fuzzy(d: (DateLike & { readonly precision?: string }) | undefined): string | null {
  if (!d?.earliest) return null;
  const e = d.earliest;
  switch (d.precision) {
    case 'year':
      return e.slice(0, 4);
    case 'half':
      return `${Number(e.slice(5, 7)) <= 6 ? 'H1' : 'H2'} ${e.slice(0, 4)}`;
    case 'quarter':
      return `Q${Math.floor((Number(e.slice(5, 7)) - 1) / 3) + 1} ${e.slice(0, 4)}`;
    case 'month':
      return day(e.slice(0, 7));
    case 'day':
      return day(e);
    default:
      return d.latest && d.latest !== e ? `${day(e)} – ${day(d.latest)}` : day(e);
  }
}

function ClaimCard(props: { claim: Claim }) {
  const c = props.claim;
  return (
    <li class="card claim" data-testid="claim">
      <p class="claim-head">
        <OutLink href={c.document?.url}>
          <strong>{c.document?.outlet ?? 'Unknown outlet'}</strong>
        </OutLink>
        <span class="muted"> · {day(c.publishedAt)}</span>
        <span class="muted">
          {' · '}
          {ATTRIBUTION_WORDS[c.attribution.kind] ?? c.attribution.kind}
          {c.attribution.source && c.attribution.source !== c.document?.outlet
            ? `: ${c.attribution.source}`
            : ''}
        </span>
        <span class={`review review-${c.review}`}>
          {c.review === 'accepted' ? 'reviewed' : c.review}
        </span>
        {!c.inDeal ? <span class="review review-rejected">not counted</span> : null}
      </p>
      {c.document?.title ? <p class="claim-title">{c.document.title}</p> : null}
      <p class="small">
        This report says:{' '}
        <strong>
          {c.from.name} → {c.to.name}
        </strong>
        , {c.amount ? `“${c.amount.text}”` : 'no amount'}, <StatusBadge status={c.status} />
        {c.hedges.length ? <span class="muted"> · hedged: {c.hedges.join(', ')}</span> : null}
        {c.attribution.repeats ? (
          <span class="muted"> · repeats {c.attribution.repeats}</span>
        ) : null}
      </p>
      {c.evidence.length ? (
        c.evidence.map((e) => <Evidence before={e.before} quote={e.quote} after={e.after} />)
      ) : (
        <p class="muted small">No quote stored (curated from the source).</p>
      )}
    </li>
  );
}

export function DealPage(props: { id: string; place: Place }) {
  const meta = useMeta();
  const q = readMapQuery(props.place.params);
  const params = new URLSearchParams();
  if (q.asOf) params.set('asOf', q.asOf);
  if (q.unreviewed) params.set('includeUnreviewed', 'true');
  const {
    data: d,
    error,
    loading,
  } = useApi<DealDetailJson>(`/api/deals/${encodeURIComponent(props.id)}`, params);
  const back = filterParams(q);
  useEffect(() => {
    if (d) document.title = `${d.title} · roundtrip`;
  }, [d?.title]);
  if (!d) {
    return (
      <main class="page">
        <Link href={href('/', back)} class="back">
          ← Map
        </Link>
        <Notice error={error} loading={loading} />
      </main>
    );
  }
  const names = new Map(
    d.claims.map(
      (c) => [c.id, `${c.document?.outlet ?? 'unknown'} (${day(c.publishedAt)})`] as const,
    ),
  );
  const parties = new Map<string, string>();
  for (const c of d.claims) for (const p of [c.from, c.to]) if (p.id) parties.set(p.id, p.name);
  for (const p of [d.from, d.to]) if (p.id) parties.set(p.id, p.name);
  const party = (id: string) => parties.get(id) ?? id;
  const dates = [
    ['Announced', fuzzy(d.dates.announced)],
    ['Signed', fuzzy(d.dates.signed)],
    ['Completed', fuzzy(d.dates.completed)],
    [
      'Runs',
      d.dates.start
        ? `${fuzzy(d.dates.start)}${d.dates.end ? ` to ${fuzzy(d.dates.end)}` : ''}`
        : null,
    ],
  ].filter((x): x is [string, string] => x[1] !== null);
  return (
    <main class="page deal-page" data-testid="deal-page">
      <Link href={href('/', back)} class="back">
        ← Map
      </Link>
      <p class="eyebrow">
        {typeLabel(meta, d.type)}
        {q.asOf ? ` · as known at the end of ${day(q.asOf)}` : ''}
      </p>
      <h1>{d.title}</h1>
      <p class="parties">
        <Link href={href(`/companies/${encodeURIComponent(d.from.id ?? '')}`, back)}>
          {d.from.name}
        </Link>
        <span class="arrow" aria-label="pays">
          →
        </span>
        <Link href={href(`/companies/${encodeURIComponent(d.to.id ?? '')}`, back)}>
          {d.to.name}
        </Link>
      </p>
      <div class="deal-facts card">
        <div>
          <span class="label">Amount</span>
          <strong class="big">{d.amountText}</strong>
          {d.amount ? (
            <span class="muted small">
              reported as “{d.amount.text}”
              {d.amount.lower !== d.amount.upper
                ? ` · ${moneyRange(d.amount.lower, d.amount.upper)}`
                : ''}
              {term(d.amount.period) ? ` · ${term(d.amount.period)}` : ''}
              {d.amount.mayBeZero ? ' · may be nothing at all' : ''}
              {d.amount.contingentOn ? ` · depends on ${d.amount.contingentOn}` : ''}
            </span>
          ) : null}
        </div>
        <div>
          <span class="label">Status</span>
          <StatusBadge status={d.status} />
          <span class="muted small">{STATUS_HINTS[d.status]}</span>
        </div>
        <div>
          <span class="label">Sources</span>
          <strong>{d.independentSources} independent</strong>
          <span class="muted small">
            {d.sources.length - d.independentSources > 0
              ? `+ ${d.sources.length - d.independentSources} repeating others`
              : `first reported ${day(d.firstReported)}`}
          </span>
        </div>
        {dates.map(([k, v]) => (
          <div>
            <span class="label">{k}</span>
            <span>{v}</span>
          </div>
        ))}
      </div>
      {!d.reviewed ? (
        <p class="notice warn">Some reports behind this deal have not been reviewed yet.</p>
      ) : null}
      {d.terms.description ? <p class="terms">{String(d.terms.description)}</p> : null}

      <section>
        <h2>Which way value moves</h2>
        <table class="table">
          <thead>
            <tr>
              <th>From</th>
              <th>To</th>
              <th>What</th>
              <th>Amount</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {d.legs.map((l) => (
              <tr>
                <td>{party(l.from)}</td>
                <td>{party(l.to)}</td>
                <td>
                  {l.asset}
                  {l.contingent ? ' (contingent)' : ''}
                </td>
                <td>{l.amount ? `“${l.amount.text}”` : '—'}</td>
                <td>
                  <StatusBadge status={l.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {d.conflicts.length ? (
        <section>
          <h2>Where reports disagree</h2>
          {d.conflicts.map((c) => (
            <div class="conflict card" data-testid="conflict">
              <h3>{c.field}</h3>
              <div class="conflict-values">
                {c.values.map((v) => (
                  <div class={v.preferred ? 'conflict-value preferred' : 'conflict-value'}>
                    <strong>{valueText(v.value)}</strong>
                    {v.preferred ? <span class="tag">shown</span> : null}
                    <ul class="plain-list small">
                      {v.claimIds.map((id) => (
                        <li>{names.get(id) ?? id}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </section>
      ) : null}

      <section>
        <h2>Reports ({d.claims.length})</h2>
        <ul class="claims">
          {d.claims.map((c) => (
            <ClaimCard claim={c} />
          ))}
        </ul>
      </section>

      <div class="two">
        <section>
          <h2>Status over time</h2>
          <ol class="timeline">
            {d.history.status.map((h) => (
              <li>
                <span class="muted">{day(h.date)}</span> <StatusBadge status={h.status} />{' '}
                <span class="muted small">
                  ({h.claimIds.length} report{h.claimIds.length === 1 ? '' : 's'})
                </span>
              </li>
            ))}
          </ol>
          {d.history.actions.length ? (
            <details>
              <summary>Review log ({d.history.actions.length})</summary>
              <ul class="plain-list small">
                {d.history.actions.map((a) => (
                  <li>
                    {a.kind} · {a.who} · {a.at.slice(0, 16).replace('T', ' ')}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        <section>
          <h2>Related deals</h2>
          {d.related.length ? (
            <ul class="plain-list">
              {d.related.map((r) => (
                <li>
                  <Link href={href(`/deals/${encodeURIComponent(r.id)}`, back)}>{r.title}</Link>
                  <span class="muted">{r.relation.replace('_', ' ')}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">None recorded.</p>
          )}
        </section>
      </div>
    </main>
  );
}

/** The company page: money in and out by counterparty and type, concentration, commitments per year, figures, loops. */
import { useEffect } from 'preact/hooks';
import type { CompanyJson } from '../../server/api-types.js';
import { day, money, percent, statusWord } from '../lib/format.js';
import { type Place, href } from '../lib/location.js';
import { apiParams, filterParams, readMapQuery } from '../lib/map-query.js';
import { typeLabel, useMeta } from '../lib/meta.js';
import { useApi } from '../lib/use-api.js';
import { Notice, StatusBadge } from '../ui/bits.js';
import { Link } from '../ui/link.js';
import { Stress } from './company-stress.js';
import { sectorColours } from '../map/palette.js';

type Rows = CompanyJson['inflow']['byCounterparty'];

function cell(t: { amount: number; legs: number } | undefined): string {
  if (!t) return '—';
  return t.amount || !t.legs ? money(t.amount) : 'undisclosed';
}

function Bars(props: { rows: Rows; out?: boolean; back: URLSearchParams }) {
  const max = Math.max(1, ...props.rows.map((r) => r.amount));
  if (!props.rows.length) return <p class="muted">None in this view.</p>;
  return (
    <ul class="bars">
      {props.rows.map((r) => (
        <li title={`${percent(r.share)} of the total`}>
          <Link href={href(`/companies/${encodeURIComponent(r.id)}`, props.back)}>{r.name}</Link>
          <span
            class={props.out ? 'bar out' : 'bar'}
            style={{ width: `${(100 * r.amount) / max}%` }}
          />
          <span class="num">
            {r.amount || !r.undisclosed ? money(r.amount) : 'undisclosed'}
            {r.amount && r.undisclosed ? (
              <span class="muted small"> + {r.undisclosed} undisclosed</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function CompanyPage(props: { id: string; place: Place }) {
  const meta = useMeta();
  const q = readMapQuery(props.place.params);
  const {
    data: c,
    error,
    loading,
  } = useApi<CompanyJson>(`/api/companies/${encodeURIComponent(props.id)}`, apiParams(q));
  const back = filterParams(q);
  useEffect(() => {
    if (c) document.title = `${c.company.name} · roundtrip`;
  }, [c?.company.name]);
  if (!c) {
    return (
      <main class="page">
        <Link href={href('/', back)} class="back">
          ← Map
        </Link>
        <Notice error={error} loading={loading} />
      </main>
    );
  }
  const colours = sectorColours(c.company.sector);
  const types = [
    ...new Set([...c.inflow.byType.map((t) => t.type), ...c.outflow.byType.map((t) => t.type)]),
  ];
  const years = c.schedule.years;
  const yearMax = Math.max(1, ...years.map((y) => Math.max(y.incoming, y.outgoing)));
  const conc = c.concentration;
  return (
    <main class="page company-page" data-testid="company-page">
      <Link href={href('/', { ...Object.fromEntries(back), sel: `n:${c.node}` })} class="back">
        ← Map
      </Link>
      <p class="eyebrow">
        <span class="dot" style={{ background: colours.fill, borderColor: colours.stroke }} />{' '}
        {colours.label}
        {c.company.identifiers.ticker ? ` · ${c.company.identifiers.ticker}` : ''}
      </p>
      <h1>{c.company.name}</h1>
      {c.company.description ? <p class="terms">{c.company.description}</p> : null}
      <p class="muted">
        {c.node !== c.company.id ? (
          <>
            Counted as part of{' '}
            <Link href={href(`/companies/${encodeURIComponent(c.node)}`, back)}>{c.nodeName}</Link>{' '}
            (subsidiaries roll up).{' '}
          </>
        ) : null}
        {c.subsidiaries.length && c.options.rollup
          ? `Includes ${c.subsidiaries.map((s) => s.name).join(', ')}. `
          : ''}
        {q.view === 'money' ? 'Cash only' : 'All value'},{' '}
        {q.policy === 'stated' ? 'amounts as stated' : `${q.policy} end of ranges`},{' '}
        {q.asOf ? `as known at the end of ${day(q.asOf)}` : 'everything reported'}.
      </p>

      <div class="stat-row">
        <div class="stat">
          <span class="label">Money in</span>
          <span class="big">{money(c.inflow.total)}</span>
          <span class="muted small">
            {c.inflow.legs} legs
            {c.inflow.undisclosed ? `, ${c.inflow.undisclosed} undisclosed` : ''}
          </span>
        </div>
        <div class="stat">
          <span class="label">Money out</span>
          <span class="big">{money(c.outflow.total)}</span>
          <span class="muted small">
            {c.outflow.legs} legs
            {c.outflow.undisclosed ? `, ${c.outflow.undisclosed} undisclosed` : ''}
          </span>
        </div>
        <div class="stat">
          <span class="label">Biggest payer</span>
          <span class="big">{conc ? percent(conc.share) : '—'}</span>
          <span class="muted small">
            {conc ? `of money in comes from ${conc.name}` : 'no disclosed inflows'}
          </span>
        </div>
        <div class="stat">
          <span class="label">Comes back</span>
          <span class="big">{c.circular ? percent(c.circular.share) : '—'}</span>
          <span class="muted small">
            {c.circular
              ? `of money in could be its own money going round (${money(c.circular.clearedInflow)})`
              : 'no money in'}
          </span>
        </div>
        <div class="stat">
          <span class="label">Loops through it</span>
          <span class="big">{c.loops.count}</span>
          <span class="muted small">money that leaves and comes back</span>
        </div>
      </div>

      <div class="two">
        <section>
          <h2>Who pays {c.nodeName}</h2>
          <Bars rows={c.inflow.byCounterparty} back={back} />
        </section>
        <section>
          <h2>Whom {c.nodeName} pays</h2>
          <Bars rows={c.outflow.byCounterparty} out back={back} />
        </section>
      </div>

      <section>
        <h2>By deal type</h2>
        <table class="table">
          <thead>
            <tr>
              <th>Type</th>
              <th class="num">In</th>
              <th class="num">Out</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr>
                <td>{typeLabel(meta, t)}</td>
                <td class="num">{cell(c.inflow.byType.find((x) => x.type === t))}</td>
                <td class="num">{cell(c.outflow.byType.find((x) => x.type === t))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>Commitments per year</h2>
        <p class="muted small">
          Each deal’s amount spread over the years it runs (or counted in the year it starts),
          beside the company’s own reported revenue for that year.
        </p>
        {years.length ? (
          <table class="table schedule">
            <thead>
              <tr>
                <th>Year</th>
                <th>Money in and out</th>
                <th class="num">In</th>
                <th class="num">Out</th>
                <th class="num">Revenue</th>
                <th class="num">Out ÷ revenue</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => {
                const revenue = y.figures.revenue ?? y.figures.run_rate_revenue;
                return (
                  <tr>
                    <td>{y.year}</td>
                    <td>
                      <div class="year-bars">
                        <span class="bar" style={{ width: `${(100 * y.incoming) / yearMax}%` }} />
                        <span
                          class="bar out"
                          style={{ width: `${(100 * y.outgoing) / yearMax}%` }}
                        />
                      </div>
                    </td>
                    <td class="num">{money(y.incoming)}</td>
                    <td class="num">{money(y.outgoing)}</td>
                    <td class="num">{revenue === undefined ? '—' : money(revenue)}</td>
                    <td class="num">
                      {y.outgoingToRevenue === null ? '—' : `${y.outgoingToRevenue.toFixed(1)}×`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p class="muted">No dated amounts.</p>
        )}
        {c.schedule.undisclosedLegs ? (
          <p class="muted small">
            {c.schedule.undisclosedLegs} legs have no disclosed amount and are not counted.
          </p>
        ) : null}
      </section>

      <Stress id={c.node} name={c.nodeName} query={apiParams(q)} back={back} />

      {c.figures.length ? (
        <section>
          <h2>Reported figures</h2>
          <table class="table">
            <thead>
              <tr>
                <th>What</th>
                <th class="num">Amount</th>
                <th>Period</th>
                <th>Reported</th>
              </tr>
            </thead>
            <tbody>
              {c.figures.map((f) => (
                <tr>
                  <td>
                    {f.kind.replace(/_/g, ' ')}
                    {f.note ? <div class="muted small">{f.note}</div> : null}
                  </td>
                  <td class="num">{f.amountText}</td>
                  <td>{f.period?.text ?? f.period?.earliest?.slice(0, 4) ?? '—'}</td>
                  <td>{day(f.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {c.loops.top.length ? (
        <section>
          <h2>Loops through {c.nodeName}</h2>
          <ul class="plain-list">
            {c.loops.top.map((l) => (
              <li>
                <Link href={href(`/loops/${encodeURIComponent(l.id)}`, back)}>
                  {[...l.names, l.names[0]].join(' → ')}
                </Link>
                <span class="muted">{l.amount === null ? 'undisclosed' : money(l.amount)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section>
        <h2>Deals ({c.deals.length})</h2>
        <table class="table">
          <thead>
            <tr>
              <th>Date</th>
              <th>Deal</th>
              <th class="num">Amount</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {c.deals.map((d) => (
              <tr>
                <td>{day(d.date)}</td>
                <td>
                  <Link href={href(`/deals/${encodeURIComponent(d.id)}`, back)}>{d.title}</Link>
                </td>
                <td class="num">{d.amountText}</td>
                <td>
                  <StatusBadge status={d.status} />
                  <span class="sr-only">{statusWord(d.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

/** What if a company pays only part of what it owes: who else comes up short, by how much, when (Eisenberg–Noe). */
import { useState } from 'preact/hooks';
import { money } from '../lib/format.js';
import { href } from '../lib/location.js';
import { useApi } from '../lib/use-api.js';
import { Notice } from '../ui/bits.js';
import { Link } from '../ui/link.js';

type StressJson = {
  defaulted: { id: string; name: string }[];
  totalShortfall: number;
  rounds: number;
  companies: {
    id: string;
    name: string;
    obligations: number;
    paid: number;
    shortfall: number;
    shocked: boolean;
    round: number | null;
  }[];
};

/** What if the company pays only part of what it owes: who else comes up short, and by how much. */
export function Stress(props: {
  id: string;
  name: string;
  query: URLSearchParams;
  back: URLSearchParams;
}) {
  const [pays, setPays] = useState<string | null>(null);
  const params = new URLSearchParams(props.query);
  if (pays) params.set('shock', `${props.id}:${pays}`);
  const r = useApi<StressJson>(pays ? '/api/stress' : null, params);
  const short = (r.data?.companies ?? []).filter((x) => x.shortfall > 0.5);
  return (
    <section>
      <h2>What if {props.name} pays only part of what it owes?</h2>
      <div class="segmented stress-choice" role="radiogroup" aria-label="Share it pays">
        {['0.75', '0.5', '0.25', '0'].map((v) => (
          <label class={pays === v ? 'on' : ''}>
            <input
              type="radio"
              name="pays"
              value={v}
              checked={pays === v}
              onChange={() => setPays(v)}
            />
            pays {Math.round(Number(v) * 100)}%
          </label>
        ))}
      </div>
      {pays && r.data ? (
        short.length ? (
          <>
            <p>
              <strong>
                {short.length} compan{short.length === 1 ? 'y' : 'ies'}
              </strong>{' '}
              come up short by <strong>{money(r.data.totalShortfall)}</strong> in total, over{' '}
              {r.data.rounds} round{r.data.rounds === 1 ? '' : 's'} of knock-on effects
              (Eisenberg–Noe clearing; each company has just enough of its own to pay in full
              otherwise).
            </p>
            <table class="table">
              <thead>
                <tr>
                  <th>Company</th>
                  <th class="num">Owes</th>
                  <th class="num">Pays</th>
                  <th class="num">Short</th>
                  <th>When</th>
                </tr>
              </thead>
              <tbody>
                {short.map((x) => (
                  <tr>
                    <td>
                      <Link href={href(`/companies/${encodeURIComponent(x.id)}`, props.back)}>
                        {x.name}
                      </Link>
                    </td>
                    <td class="num">{money(x.obligations)}</td>
                    <td class="num">{money(x.paid)}</td>
                    <td class="num">{money(x.shortfall)}</td>
                    <td>{x.shocked ? 'the shock' : `round ${x.round}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>Nobody else comes up short.</p>
        )
      ) : (
        <Notice loading={r.loading} error={r.error}>
          {pays ? 'Working it out…' : 'Pick a share to see who else comes up short.'}
        </Notice>
      )}
    </section>
  );
}

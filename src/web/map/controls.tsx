/** The map's controls: as-of date with play, statuses, deal types, money or value, amount policy, roll-up, search. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { day } from '../lib/format.js';
import type { MapQuery } from '../lib/map-query.js';
import { useMeta } from '../lib/meta.js';
import { Swatch } from '../ui/bits.js';

export interface ControlsProps {
  readonly query: MapQuery;
  readonly onChange: (next: Partial<MapQuery>, opts?: { replace?: boolean }) => void;
  /** Deal types that appear in the data (others are not offered). */
  readonly presentTypes: readonly string[];
  readonly companies: readonly { readonly id: string; readonly name: string }[];
  readonly onFind: (id: string) => void;
}

/** Status groups as the legend draws them. */
export const STATUS_GROUPS: readonly {
  readonly label: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly statuses: readonly string[];
}[] = [
  { label: 'Signed or completed', line: 'solid', statuses: ['completed', 'signed', 'amended'] },
  { label: 'Announced', line: 'dashed', statuses: ['announced'] },
  { label: 'In talks or rumoured', line: 'dotted', statuses: ['in_talks', 'rumoured', 'stalled'] },
  { label: 'Cancelled or denied', line: 'dotted', statuses: ['cancelled', 'denied'] },
];

/** Month steps from the first report to now ("2019-07" … "2026-02"). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number) as [number, number];
  if (!m) m = 1;
  const [ly, lm] = last.slice(0, 7).split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= (lm || 12))) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function DateControl(props: { query: MapQuery; onChange: ControlsProps['onChange'] }) {
  const meta = useMeta();
  const now = new Date().toISOString().slice(0, 7);
  const months = useMemo(() => {
    const first = meta.dataRange.first ?? now;
    const last = meta.dataRange.last && meta.dataRange.last > now ? meta.dataRange.last : now;
    return monthsBetween(first, last);
  }, [meta]);
  const latest = months.length;
  const index = props.query.asOf
    ? Math.max(0, months.indexOf(props.query.asOf.slice(0, 7)))
    : latest;
  const [playing, setPlaying] = useState(false);
  const indexRef = useRef(index);
  indexRef.current = index;
  const set = (i: number, replace: boolean) =>
    props.onChange({ asOf: i >= latest ? null : (months[i] ?? null) }, { replace });
  useEffect(() => {
    if (!playing) return;
    if (indexRef.current >= latest) set(0, true);
    const timer = setInterval(() => {
      const next = indexRef.current + 1;
      set(next, true);
      if (next >= latest) setPlaying(false);
    }, 700);
    return () => clearInterval(timer);
  }, [playing]);
  const label =
    index >= latest
      ? 'Today: everything reported'
      : `As known at the end of ${day(months[index] ?? null)}`;
  return (
    <fieldset class="control">
      <legend>Date</legend>
      <div class="date-row">
        <button
          type="button"
          class="play"
          aria-pressed={playing}
          aria-label={playing ? 'Pause' : 'Play the months'}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <input
          type="range"
          min={0}
          max={latest}
          step={1}
          value={index}
          aria-label="As of date"
          aria-valuetext={label}
          data-testid="as-of"
          onInput={(e) => set(Number((e.target as HTMLInputElement).value), true)}
        />
      </div>
      <output class="date-label" aria-live="polite">
        {label}
      </output>
    </fieldset>
  );
}

function Segmented<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string; hint: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset class="control">
      <legend>{props.label}</legend>
      <div class="segmented" role="radiogroup" aria-label={props.label}>
        {props.options.map((o) => (
          <label class={o.value === props.value ? 'on' : ''} title={o.hint}>
            <input
              type="radio"
              name={props.label}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      <p class="hint">{props.options.find((o) => o.value === props.value)?.hint}</p>
    </fieldset>
  );
}

export function Controls(props: ControlsProps) {
  const meta = useMeta();
  const q = props.query;
  const [search, setSearch] = useState('');
  const statuses = new Set(q.statuses);
  const toggleGroup = (group: readonly string[], on: boolean) => {
    const next = on
      ? [...new Set([...q.statuses, ...group])]
      : q.statuses.filter((s) => !group.includes(s));
    if (next.length)
      props.onChange({ statuses: meta.statuses.map((s) => s.id).filter((s) => next.includes(s)) });
  };
  const types = q.types ?? props.presentTypes;
  const toggleType = (t: string, on: boolean) => {
    const next = on ? [...types, t] : types.filter((x) => x !== t);
    if (!next.length) return;
    props.onChange({
      types:
        next.length >= props.presentTypes.length &&
        props.presentTypes.every((p) => next.includes(p))
          ? null
          : next,
    });
  };
  const find = (e: Event) => {
    e.preventDefault();
    const s = search.trim().toLowerCase();
    if (!s) return;
    const hit =
      props.companies.find((c) => c.name.toLowerCase() === s || c.id === s) ??
      props.companies.find((c) => c.name.toLowerCase().includes(s));
    if (hit) props.onFind(hit.id);
  };
  return (
    <div class="controls">
      <form class="control search" role="search" onSubmit={find}>
        <label for="find">Find a company</label>
        <div class="search-row">
          <input
            id="find"
            type="search"
            list="companies"
            placeholder="e.g. Oracle"
            value={search}
            onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Find</button>
        </div>
        <datalist id="companies">
          {props.companies.map((c) => (
            <option value={c.name} />
          ))}
        </datalist>
      </form>
      <DateControl query={q} onChange={props.onChange} />
      <fieldset class="control">
        <legend>How firm</legend>
        {STATUS_GROUPS.map((g) => (
          <label class="check">
            <input
              type="checkbox"
              checked={g.statuses.some((s) => statuses.has(s))}
              onChange={(e) => toggleGroup(g.statuses, (e.target as HTMLInputElement).checked)}
            />
            <Swatch colour="#3d4451" line={g.line} />
            {g.label}
          </label>
        ))}
      </fieldset>
      <Segmented
        label="Show"
        value={q.view}
        options={[
          {
            value: 'money',
            label: 'Money',
            hint: 'Cash only. Every arrow points the way the money goes.',
          },
          {
            value: 'value',
            label: 'Everything',
            hint: 'Also what comes back: shares, chips, compute, warrants.',
          },
        ]}
        onChange={(view) => props.onChange({ view })}
      />
      <Segmented
        label="Amounts"
        value={q.policy}
        options={[
          {
            value: 'low',
            label: 'Low',
            hint: 'The low end of every reported range ("up to $100B" counts as $0).',
          },
          {
            value: 'stated',
            label: 'As stated',
            hint: 'The figure as reported ("about $300B" counts as $300B).',
          },
          { value: 'high', label: 'High', hint: 'The high end of every reported range.' },
        ]}
        onChange={(policy) => props.onChange({ policy })}
      />
      <fieldset class="control">
        <legend>Deal types</legend>
        {meta.types
          .filter((t) => props.presentTypes.includes(t.id))
          .map((t) => (
            <label class="check">
              <input
                type="checkbox"
                checked={types.includes(t.id)}
                onChange={(e) => toggleType(t.id, (e.target as HTMLInputElement).checked)}
              />
              <Swatch colour={t.colour} />
              {t.label}
            </label>
          ))}
      </fieldset>
      <fieldset class="control">
        <legend>Companies</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={q.rollup}
            onChange={(e) => props.onChange({ rollup: (e.target as HTMLInputElement).checked })}
          />
          Count subsidiaries as their parent (AWS as Amazon)
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={q.unreviewed}
            onChange={(e) => props.onChange({ unreviewed: (e.target as HTMLInputElement).checked })}
          />
          Include claims not yet reviewed
        </label>
      </fieldset>
    </div>
  );
}

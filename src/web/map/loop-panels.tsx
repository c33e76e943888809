/** The loop explorer: loops ranked by circular amount, and story mode stepping through one loop's legs with sources. */
import { useEffect } from 'preact/hooks';
import type { LoopJson, LoopsJson, MetricsJson } from '../../server/api-types.js';
import { day, money, moneyRange, percent, statusWord, term } from '../lib/format.js';
import { href } from '../lib/location.js';
import { useMeta, typeLabel } from '../lib/meta.js';
import { Source, StatusBadge, Swatch } from '../ui/bits.js';
import { Link } from '../ui/link.js';

/** "Nvidia → OpenAI → Oracle → Nvidia". */
export const loopChain = (l: LoopJson) => [...l.nodes, l.nodes[0]!].map((n) => n.name).join(' → ');

/**
 * The circular amount in words. An undisclosed step could be smaller than every disclosed one, so the
 * amount is an upper bound then; an undisclosed leg beside disclosed ones only adds, so a lower bound.
 */
export function circular(l: LoopJson): string {
  if (l.amount === null) return 'amount undisclosed';
  if (l.undisclosedHops > 0) return `up to ${money(l.amount)}`;
  if (l.partial) return `at least ${money(l.amount)}`;
  return money(l.amount);
}

export function LoopList(props: {
  loops: LoopsJson;
  linkParams: URLSearchParams;
  volume: MetricsJson['volume'] | null;
}) {
  const { loops, volume } = props;
  return (
    <section class="panel-section" aria-labelledby="loops-title">
      <h2 id="loops-title">Money that comes back</h2>
      {volume && volume.gross > 0 ? (
        <p class="headline" data-testid="circular-volume">
          <strong>{money(volume.cleared)}</strong> of the {money(volume.gross)} on the map (
          {percent(volume.circularShare)}) could go round in loops without changing what any company
          ends up owed.
        </p>
      ) : null}
      <p class="muted">
        {loops.count === 0
          ? 'No loops with these settings. Try including announced deals or talks.'
          : `${loops.count} loop${loops.count === 1 ? '' : 's'}, largest first. The circular amount is the smallest leg: at most that much can go round.`}
      </p>
      <ol class="loop-list" data-testid="loop-list">
        {loops.loops.map((l, i) => (
          <li>
            <Link
              href={href(`/loops/${encodeURIComponent(l.id)}`, props.linkParams)}
              class="loop-item"
            >
              <span class="loop-rank">{i + 1}</span>
              <span class="loop-body">
                <span class="loop-chain" data-loop={l.id}>
                  {loopChain(l)}
                </span>
                <span class="loop-facts">
                  <strong>{circular(l)}</strong>
                  {l.undisclosedHops
                    ? ` · ${l.undisclosedHops} step${l.undisclosedHops === 1 ? '' : 's'} of unknown size`
                    : ''}{' '}
                  · weakest link {statusWord(l.weakestStatus).toLowerCase()} · {l.sourceCount}{' '}
                  sources
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface StoryProps {
  readonly loop: LoopJson;
  readonly deals: LoopsJson['deals'];
  /** 0 = overview, 1..n = hop n. */
  readonly step: number;
  readonly onStep: (step: number) => void;
  readonly backHref: string;
  readonly linkParams: URLSearchParams;
}

export function LoopStory(props: StoryProps) {
  const meta = useMeta();
  const { loop, step } = props;
  const n = loop.hops.length;
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (e.key === 'ArrowRight' || e.key === 'j') props.onStep(Math.min(n, step + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'k') props.onStep(Math.max(0, step - 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [step, n]);
  const hop = step > 0 ? loop.hops[step - 1] : null;
  return (
    <section class="panel-section story" aria-labelledby="story-title" data-testid="loop-story">
      <Link href={props.backHref} class="back">
        ← All loops
      </Link>
      <h2 id="story-title">{loopChain(loop)}</h2>
      <dl class="facts">
        <div>
          <dt>Can go round</dt>
          <dd>
            <strong>{circular(loop)}</strong>
            {loop.low !== loop.high && loop.amount !== null ? (
              <span class="muted small">
                <br />
                {moneyRange(loop.low, loop.high)} across the reported ranges
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Weakest link</dt>
          <dd>
            <StatusBadge status={loop.weakestStatus} />
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            {loop.span.from ? `${day(loop.span.from)} – ${day(loop.span.to)}` : 'dates unknown'}
          </dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{loop.sourceCount} independent</dd>
        </div>
      </dl>
      {loop.undisclosedHops ? (
        <p class="hint">
          {loop.undisclosedHops === 1 ? 'One step has' : `${loop.undisclosedHops} steps have`} no
          disclosed amount, so at most the smallest disclosed step can go round.
        </p>
      ) : loop.partial ? (
        <p class="hint">
          Some legs have no disclosed amount; with them the steps can only be larger.
        </p>
      ) : null}
      <nav class="stepper" aria-label="Steps of the loop">
        <button
          type="button"
          onClick={() => props.onStep(Math.max(0, step - 1))}
          disabled={step === 0}
          aria-label="Previous step"
        >
          ←
        </button>
        <span aria-live="polite" data-testid="story-step">
          {step === 0 ? `${n} steps` : `Step ${step} of ${n}`}
        </span>
        <button
          type="button"
          onClick={() => props.onStep(Math.min(n, step + 1))}
          disabled={step === n}
          aria-label="Next step"
        >
          →
        </button>
      </nav>
      <ol class="hops">
        {loop.hops.map((h, i) => {
          const from = loop.nodes[i]!.name;
          const to = loop.nodes[(i + 1) % n]!.name;
          const current = hop === h;
          return (
            <li class={current ? 'hop current' : 'hop'}>
              <button
                type="button"
                class="hop-head"
                aria-expanded={current}
                onClick={() => props.onStep(current ? 0 : i + 1)}
              >
                <span class="hop-n">{i + 1}</span>
                <span>
                  <strong>{from}</strong> pays <strong>{to}</strong>{' '}
                  {h.amount === null ? '(undisclosed)' : money(h.amount)}
                  {h.legs.length > 1 ? <span class="muted"> in {h.legs.length} deals</span> : null}
                </span>
              </button>
              {current ? (
                <div class="hop-body">
                  {h.legs.map((leg) => {
                    const d = props.deals[leg.dealId ?? ''];
                    return (
                      <div class="leg" data-testid="story-leg">
                        <p class="leg-title">
                          <Swatch
                            colour={meta.types.find((t) => t.id === leg.type)?.colour ?? '#3d4451'}
                          />
                          {d ? (
                            <Link
                              href={href(`/deals/${encodeURIComponent(d.id)}`, props.linkParams)}
                            >
                              {d.title}
                            </Link>
                          ) : (
                            leg.dealId
                          )}
                        </p>
                        <p class="leg-facts">
                          <strong>{leg.label ?? money(leg.amount)}</strong> {term(leg.term) ?? ''} ·{' '}
                          {typeLabel(meta, leg.type)} · <StatusBadge status={leg.status} /> ·{' '}
                          {day(d?.date ?? leg.reportedAt)}
                          {leg.contingent ? ' · contingent' : ''}
                        </p>
                        {d?.sources.length ? (
                          <ul class="sources">
                            {d.sources.map((s) => (
                              <Source source={s} />
                            ))}
                          </ul>
                        ) : (
                          <p class="muted">No sources recorded.</p>
                        )}
                      </div>
                    );
                  })}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

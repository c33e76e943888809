/** The review inbox: claims awaiting review beside their article, with keyboard actions, and new articles pasted in. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ActionJson, InboxJson } from '../../server/api-types.js';
import { ApiError, postJson, setToken } from '../lib/api.js';
import { ATTRIBUTION_WORDS, day } from '../lib/format.js';
import { type Place, href, navigate } from '../lib/location.js';
import { typeLabel, useMeta } from '../lib/meta.js';
import { useApi } from '../lib/use-api.js';
import { ArticleText } from '../review/article-text.js';
import { type ClaimPatch, ClaimEditor } from '../review/claim-editor.js';
import { IngestForm } from '../review/ingest-form.js';
import { Notice, StatusBadge } from '../ui/bits.js';
import { Link, OutLink } from '../ui/link.js';

type Item = InboxJson['items'][number];

const KEYS = 'j/k or ↑/↓ move · a accept · e edit · r reject · m merge · s split · u undo';

export function ReviewPage(props: { place: Place }) {
  const meta = useMeta();
  const inbox = useApi<InboxJson>('/api/review/inbox', new URLSearchParams({ limit: '500' }));
  const deals = useApi<{ deals: { id: string; title: string }[] }>(
    '/api/deals',
    new URLSearchParams({ includeUnreviewed: 'true' }),
  );
  const companies = useApi<{ companies: { id: string; name: string; kind: string }[] }>(
    '/api/companies',
  );
  const selectedId = props.place.params.get('claim');
  const [mode, setMode] = useState<'view' | 'edit' | 'merge'>('view');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{
    text: string;
    undo?: string;
    dealId?: string | null;
  } | null>(null);
  const [needToken, setNeedToken] = useState<null | (() => void)>(null);
  const [mergeTarget, setMergeTarget] = useState('');

  const items = inbox.data?.items ?? [];
  const selected = items.find((i) => i.claim.id === selectedId) ?? items[0] ?? null;
  const index = selected ? items.indexOf(selected) : -1;
  const select = (item: Item | undefined) => {
    if (!item) return;
    setMode('view');
    navigate(href('/review', { claim: item.claim.id }), { replace: true });
  };
  const groups = useMemo(() => {
    const m = new Map<string, Item[]>();
    for (const i of items) m.set(i.claim.documentId, [...(m.get(i.claim.documentId) ?? []), i]);
    return [...m];
  }, [inbox.data]);

  const act = async (label: string, path: string, body: unknown) => {
    if (!selected || busy) return;
    setBusy(true);
    const next = items[index + 1] ?? items[index - 1];
    try {
      const r = await postJson<ActionJson>(path, body);
      setMessage({
        text: `${label}: ${selected.claim.from.name} → ${selected.claim.to.name}`,
        undo: r.action.id,
        dealId: r.deal?.id ?? null,
      });
      setMode('view');
      if (next) navigate(href('/review', { claim: next.claim.id }), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401)
        setNeedToken(() => () => void act(label, path, body));
      else setMessage({ text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const claimPath = (verb: string) =>
    `/api/review/claims/${encodeURIComponent(selected?.claim.id ?? '')}/${verb}`;
  const accept = () => act('Accepted', claimPath('accept'), {});
  const reject = () => act('Rejected', claimPath('reject'), {});
  const split = () => act('Split into a deal of its own', claimPath('split'), {});
  const merge = (dealId: string) => act(`Moved into ${dealId}`, claimPath('merge'), { dealId });
  const save = (patch: ClaimPatch) =>
    Object.keys(patch).length
      ? act('Corrected and accepted', claimPath('edit'), { patch })
      : accept();
  const undo = async () => {
    if (!message?.undo || busy) return;
    setBusy(true);
    try {
      await postJson<ActionJson>(
        `/api/review/actions/${encodeURIComponent(message.undo)}/undo`,
        {},
      );
      setMessage({ text: 'Undone.' });
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    document.title = `Review (${inbox.data?.count ?? 0}) · roundtrip`;
  }, [inbox.data?.count]);
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (mode !== 'view' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (
        t &&
        (t.tagName === 'INPUT' ||
          t.tagName === 'TEXTAREA' ||
          t.tagName === 'SELECT' ||
          t.isContentEditable)
      )
        return;
      const actions: Record<string, () => void> = {
        j: () => select(items[index + 1]),
        ArrowDown: () => select(items[index + 1]),
        k: () => select(items[index - 1]),
        ArrowUp: () => select(items[index - 1]),
        a: () => void accept(),
        r: () => void reject(),
        e: () => setMode('edit'),
        m: () => setMode('merge'),
        s: () => void split(),
        u: () => void undo(),
      };
      const f = actions[e.key];
      if (f) {
        e.preventDefault();
        f();
      }
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  });

  const doc = selected ? inbox.data?.documents[selected.claim.documentId] : undefined;
  const c = selected?.claim;
  return (
    <main class="page review-page" data-testid="review-page">
      <h1>Review</h1>
      <p class="muted">
        Nothing extracted from an article counts on the map until a person accepts it here. Keys:{' '}
        {KEYS}.
      </p>
      <IngestForm
        open={inbox.data !== null && items.length === 0}
        onIngested={(ids, text) => {
          setMessage({ text });
          if (ids[0]) navigate(href('/review', { claim: ids[0] }), { replace: true });
        }}
        onAuth={(retry) => setNeedToken(() => retry)}
      />
      {needToken ? (
        <form
          class="card token"
          onSubmit={(e) => {
            e.preventDefault();
            const v = (e.currentTarget as HTMLFormElement).querySelector('input')?.value ?? '';
            setToken(v.trim() || null);
            const retry = needToken;
            setNeedToken(null);
            retry();
          }}
        >
          <label>
            <span class="label">
              This server needs its token for changes (printed by roundtrip serve)
            </span>
            <input type="password" autoComplete="off" />
          </label>
          <button type="submit" class="primary">
            Use token
          </button>
        </form>
      ) : null}
      {message ? (
        <p class="toast" role="status" data-testid="toast">
          {message.text}
          {message.dealId ? (
            <>
              {' '}
              ·{' '}
              <Link href={`/deals/${encodeURIComponent(message.dealId)}?unreviewed=true`}>
                open the deal
              </Link>
            </>
          ) : null}
          {message.undo ? (
            <button type="button" class="secondary" onClick={() => void undo()}>
              Undo (u)
            </button>
          ) : null}
        </p>
      ) : null}
      <Notice error={inbox.error} loading={inbox.loading && !inbox.data} />
      {inbox.data && !items.length ? (
        <p class="card empty">The inbox is empty. Paste an article above to add claims.</p>
      ) : null}
      {selected && c ? (
        <div class="review-grid">
          <nav class="inbox" aria-label={`Claims awaiting review (${inbox.data?.count ?? 0})`}>
            <h2>{inbox.data?.count} awaiting review</h2>
            {groups.map(([docId, list]) => {
              const d = inbox.data?.documents[docId];
              return (
                <section class="inbox-doc">
                  <h3>
                    {d?.outlet ?? 'Pasted text'} · {day(d?.publishedAt)}
                  </h3>
                  <ul>
                    {list.map((i) => (
                      <li>
                        <button
                          type="button"
                          class={i === selected ? 'inbox-item on' : 'inbox-item'}
                          aria-current={i === selected}
                          onClick={() => select(i)}
                          data-testid="inbox-item"
                        >
                          <strong>
                            {i.claim.from.name} → {i.claim.to.name}
                          </strong>
                          <span class="muted small">
                            {typeLabel(meta, i.claim.type)} · {i.claim.amount?.text ?? 'no amount'}{' '}
                            · {i.claim.status.replace('_', ' ')}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </nav>
          <section class="claim-detail" aria-label="Selected claim" data-testid="claim-detail">
            <div class="card">
              <p class="eyebrow">
                {typeLabel(meta, c.type)} · confidence {Math.round(c.confidence * 100)}%
              </p>
              <h2>
                {c.from.name} → {c.to.name}
              </h2>
              <p>
                <strong>{c.amount ? `“${c.amount.text}”` : 'no amount stated'}</strong> ·{' '}
                <StatusBadge status={c.status} /> ·{' '}
                {ATTRIBUTION_WORDS[c.attribution.kind] ?? c.attribution.kind}
                {c.attribution.source ? ` (${c.attribution.source})` : ''}
                {c.hedges.length ? (
                  <span class="muted"> · hedged: {c.hedges.join(', ')}</span>
                ) : null}
              </p>
              <p class="small muted">
                {selected.suggestedDeal ? (
                  <>
                    {selected.unsure ? 'Might belong to' : 'Joins'}{' '}
                    <Link
                      href={`/deals/${encodeURIComponent(selected.suggestedDeal.id)}?unreviewed=true`}
                    >
                      {selected.suggestedDeal.title}
                    </Link>
                    {selected.score !== null ? ` (match ${Math.round(selected.score * 100)}%)` : ''}
                  </>
                ) : (
                  'Not matched to a deal yet.'
                )}
              </p>
              {mode === 'edit' ? (
                <ClaimEditor
                  claim={c}
                  companies={(companies.data?.companies ?? [])
                    .filter((x) => x.kind !== 'outlet')
                    .map((x) => x.name)}
                  busy={busy}
                  onSave={(p) => void save(p)}
                  onCancel={() => setMode('view')}
                />
              ) : mode === 'merge' ? (
                <form
                  class="merge"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const id =
                      (deals.data?.deals ?? []).find(
                        (d) => d.title === mergeTarget || d.id === mergeTarget,
                      )?.id ?? mergeTarget.trim();
                    if (id) void merge(id);
                  }}
                  onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
                >
                  <label>
                    <span class="label">Move this claim into the deal</span>
                    <input
                      list="merge-deals"
                      value={mergeTarget}
                      onInput={(e) => setMergeTarget((e.target as HTMLInputElement).value)}
                      autoFocus
                      placeholder="type to search deals"
                    />
                  </label>
                  <datalist id="merge-deals">
                    {(deals.data?.deals ?? []).map((d) => (
                      <option value={d.title}>{d.id}</option>
                    ))}
                  </datalist>
                  <div class="editor-actions">
                    <button type="submit" class="primary" disabled={busy}>
                      Merge
                    </button>
                    <button type="button" class="secondary" onClick={() => setMode('view')}>
                      Cancel (Esc)
                    </button>
                  </div>
                </form>
              ) : (
                <div class="actions" role="group" aria-label="Review actions">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => void accept()}
                    disabled={busy}
                    data-testid="accept"
                  >
                    Accept <kbd>a</kbd>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => setMode('edit')}
                    disabled={busy}
                  >
                    Edit <kbd>e</kbd>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void reject()}
                    disabled={busy}
                  >
                    Reject <kbd>r</kbd>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => setMode('merge')}
                    disabled={busy}
                  >
                    Merge <kbd>m</kbd>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void split()}
                    disabled={busy}
                  >
                    Split <kbd>s</kbd>
                  </button>
                </div>
              )}
            </div>
            {doc ? (
              <div class="card">
                <p class="claim-head">
                  <OutLink href={doc.url}>
                    <strong>{doc.outlet ?? 'Pasted text'}</strong>
                  </OutLink>
                  <span class="muted"> · {day(doc.publishedAt)}</span>
                  {doc.title ? <span> · {doc.title}</span> : null}
                </p>
                <ArticleText text={doc.text} spans={c.evidence} />
              </div>
            ) : null}
          </section>
        </div>
      ) : null}
    </main>
  );
}

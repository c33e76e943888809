/** Paste an article (or give its address) and send it for extraction; its claims land in the inbox. */
import { useState } from 'preact/hooks';
import type { IngestJson } from '../../server/api-types.js';
import { ApiError, postJson } from '../lib/api.js';

export interface IngestFormProps {
  /** Start unfolded (when the inbox is empty). */
  readonly open: boolean;
  /** Called with the ids of the new claims (first one gets selected). */
  readonly onIngested: (claimIds: readonly string[], message: string) => void;
  readonly onAuth: (retry: () => void) => void;
}

export function IngestForm(props: IngestFormProps) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e?: Event) => {
    e?.preventDefault();
    setError(null);
    if (!text.trim() && !url.trim()) {
      setError('Paste the article text, or give its address.');
      return;
    }
    setBusy(true);
    try {
      const body = {
        ...(text.trim() ? { text } : {}),
        ...(url.trim() ? { url: url.trim() } : {}),
        ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
        ...(published ? { publishedAt: published } : {}),
      };
      const r = await postJson<IngestJson>('/api/ingest', body);
      const ids: string[] = [];
      const notes: string[] = [];
      for (const item of r.items) {
        if (item.kind === 'stored') {
          ids.push(...item.claims.map((c) => c.id));
          notes.push(
            `${item.claims.length} claim${item.claims.length === 1 ? '' : 's'} found in ${item.document?.outlet ?? 'the article'}${item.document?.publishedAt ? ` (${item.document.publishedAt})` : ''}`,
          );
        } else if (item.kind === 'duplicate') notes.push('This article is already in the ledger.');
        else if (item.kind === 'error') notes.push(item.error.message);
        else notes.push(item.reason);
      }
      if (ids.length) {
        setText('');
        setUrl('');
      }
      props.onIngested(ids, notes.join(' · ') || 'Nothing found.');
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) props.onAuth(() => void submit());
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="card ingest" open={props.open}>
      <summary>
        <h2 id="ingest-title">Add an article</h2>
        <span class="muted small">
          paste its text or give its address; the claims found wait here for review
        </span>
      </summary>
      <form onSubmit={submit} aria-labelledby="ingest-title">
        <label for="ingest-text" class="label">
          Article text
        </label>
        <textarea
          id="ingest-text"
          rows={5}
          placeholder="Paste the article here. Claims are extracted offline and wait here for your review."
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
        <div class="ingest-row">
          <label>
            <span class="label">Address (or instead of text)</span>
            <input
              type="url"
              placeholder="https://…"
              value={url}
              onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            <span class="label">Outlet</span>
            <input
              type="text"
              placeholder="e.g. Reuters"
              value={outlet}
              onInput={(e) => setOutlet((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            <span class="label">Published</span>
            <input
              type="date"
              value={published}
              onInput={(e) => setPublished((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="primary" disabled={busy} data-testid="ingest-submit">
            {busy ? 'Reading…' : 'Extract claims'}
          </button>
        </div>
        {error ? (
          <p class="notice error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </details>
  );
}

/** Correct a claim before accepting it: type, parties, amount as a phrase, status, dates. */
import { useState } from 'preact/hooks';
import type { ClaimJson } from '../../server/api-types.js';
import { STATUS_WORDS } from '../lib/format.js';
import { useMeta } from '../lib/meta.js';

export interface ClaimPatch {
  type?: string;
  from?: string;
  to?: string;
  amount?: string | null;
  status?: string;
  announced?: string;
}

export function ClaimEditor(props: {
  claim: ClaimJson;
  companies: readonly string[];
  onSave: (patch: ClaimPatch) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const meta = useMeta();
  const c = props.claim;
  const [type, setType] = useState<string>(c.type);
  const [from, setFrom] = useState(c.from.name);
  const [to, setTo] = useState(c.to.name);
  const [amount, setAmount] = useState(c.amount?.text ?? '');
  const [status, setStatus] = useState<string>(c.status);
  const [announced, setAnnounced] = useState(c.dates.announced?.earliest ?? '');
  const save = (e: Event) => {
    e.preventDefault();
    const patch: ClaimPatch = {};
    if (type !== c.type) patch.type = type;
    if (from !== c.from.name) patch.from = from;
    if (to !== c.to.name) patch.to = to;
    if (amount !== (c.amount?.text ?? '')) patch.amount = amount.trim() ? amount.trim() : null;
    if (status !== c.status) patch.status = status;
    if (announced && announced !== (c.dates.announced?.earliest ?? '')) patch.announced = announced;
    props.onSave(patch);
  };
  return (
    <form
      class="editor"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
      aria-label="Correct the claim"
    >
      <datalist id="editor-companies">
        {props.companies.map((n) => (
          <option value={n} />
        ))}
      </datalist>
      <label>
        <span class="label">Who pays (or invests, buys)</span>
        <input
          value={from}
          list="editor-companies"
          onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          autoFocus
        />
      </label>
      <label>
        <span class="label">Who receives</span>
        <input
          value={to}
          list="editor-companies"
          onInput={(e) => setTo((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        <span class="label">Deal type</span>
        <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
          {meta.types.map((t) => (
            <option value={t.id}>{t.label}</option>
          ))}
        </select>
      </label>
      <label>
        <span class="label">Amount, as reported</span>
        <input
          value={amount}
          placeholder="e.g. about $10 billion (empty: undisclosed)"
          onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        <span class="label">Status</span>
        <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          {meta.statuses.map((s) => (
            <option value={s.id}>{STATUS_WORDS[s.id] ?? s.id}</option>
          ))}
        </select>
      </label>
      <label>
        <span class="label">Announced on</span>
        <input
          type="date"
          value={announced}
          onInput={(e) => setAnnounced((e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={props.busy}>
          Save and accept
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

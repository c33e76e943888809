/** `roundtrip review`: the inbox of extracted claims and the actions on them. */
import type { Command } from 'commander';
import { parseAmount } from '../../core/amount-parse.js';
import { formatAmount } from '../../core/amount-format.js';
import type { PartyRef } from '../../core/claim.js';
import { InputError } from '../../core/errors.js';
import { claimToJson, dealToJson } from '../../core/json-view.js';
import type { Ledger } from '../../ledger/ledger.js';
import {
  type ActionResult,
  type ClaimPatch,
  acceptClaim,
  editClaim,
  mergeClaim,
  rejectClaim,
  reviewHistory,
  reviewInbox,
  splitClaim,
  undoAction,
} from '../../ledger/review.js';
import { parseStatuses, parseTypes, withLedger } from '../context.js';
import { type CliIo, printJson, println } from '../io.js';
import type { RegisterCommand } from './index.js';

/** The evidence sentence with the quote marked: ANSI inverse on a terminal, «…» otherwise. */
function highlight(text: string, start: number, end: number, tty: boolean): string {
  const from = Math.max(0, text.lastIndexOf('\n', start) + 1, start - 160);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 160);
  const [open, close] = tty ? ['\u001b[7m', '\u001b[0m'] : ['«', '»'];
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}${open}${text.slice(start, end)}${close}${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

function printResult(io: CliIo, json: boolean | undefined, r: ActionResult): void {
  if (json) {
    printJson(io, { action: r.action, deal: r.deal ? dealToJson(r.deal) : null });
    return;
  }
  println(io, `${r.action.kind} done (action ${r.action.id}; \`roundtrip review undo ${r.action.id}\` reverts it).`);
  if (r.deal) println(io, `Deal ${r.deal.id}: ${r.deal.from.name} → ${r.deal.to.name}, ${formatAmount(r.deal.amount)}, ${r.deal.status}, version ${r.deal.version}`);
}

async function party(ledger: Ledger, ref: string): Promise<PartyRef> {
  const e = await ledger.entity(ref);
  return { id: e.id, name: e.name };
}

interface EditOptions { type?: string; from?: string; to?: string; amount?: string; status?: string; dealVersion?: string; json?: boolean }

function version(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--deal-version "${v}" must be a positive whole number (the deal version you saw)`, { option: 'deal-version', value: v });
  return n;
}

export const registerReview: RegisterCommand = (program: Command, io: CliIo) => {
  const review = program.command('review').description('review extracted claims: list the inbox, accept, reject, edit, merge, split, undo');
  const globals = (cmd: Command) => cmd.optsWithGlobals();

  review
    .command('list', { isDefault: true })
    .description('list the claims awaiting review, with the sentence they came from')
    .option('--limit <n>', 'show at most this many', '20')
    .option('--json', 'print as JSON')
    .action(async (opts: { limit: string; json?: boolean }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit "${opts.limit}" must be a positive whole number`, { option: 'limit' });
      await withLedger(io, globals(cmd), async (ledger) => {
        const all = await reviewInbox(ledger);
        const items = all.slice(0, limit);
        if (opts.json) {
          printJson(io, {
            total: all.length,
            items: items.map((i) => ({ claim: claimToJson(i.claim), document: i.document ? { id: i.document.id, title: i.document.title, outlet: i.document.outlet, url: i.document.url, publishedAt: i.document.publishedAt } : null, suggestedDeal: i.suggestedDeal, score: i.score, unsure: i.unsure })),
          });
          return;
        }
        if (!all.length) {
          println(io, 'The review inbox is empty. `roundtrip ingest FILE|URL` adds articles to it.');
          return;
        }
        for (const i of items) {
          const c = i.claim;
          println(io, `${c.id}  ${c.from.name} → ${c.to.name}  ${c.type}  ${formatAmount(c.amount)}  ${c.status}  (confidence ${c.confidence.toFixed(2)})`);
          println(io, `  from: ${i.document?.title ?? i.document?.outlet ?? c.documentId} ${c.publishedAt ?? ''}`);
          const e = c.evidence[0];
          if (e && i.document) println(io, `  “${highlight(i.document.text, e.start, e.end, !!io.stdout.isTTY)}”`);
          println(io, `  suggested deal: ${i.suggestedDeal ? `${i.suggestedDeal.id}${i.unsure ? ' (unsure: check it)' : ''}` : 'a new deal'}`);
          println(io, '');
        }
        println(io, `${items.length} of ${all.length} awaiting review. Accept with \`roundtrip review accept CLAIM\`, reject, edit, merge CLAIM DEAL, split CLAIM.`);
      });
    });

  const simple = (name: string, description: string, run: (ledger: Ledger, id: string, expectedVersion: number | undefined) => Promise<ActionResult>) =>
    review
      .command(name)
      .description(description)
      .argument('<claim>', 'claim id (see `roundtrip review`)')
      .option('--deal-version <n>', 'the deal version you reviewed; refuse if someone changed it since')
      .option('--json', 'print as JSON')
      .action(async (id: string, opts: { dealVersion?: string; json?: boolean }, cmd: Command) => {
        const v = version(opts.dealVersion);
        await withLedger(io, globals(cmd), async (ledger) => printResult(io, opts.json, await run(ledger, id, v)));
      });

  simple('accept', 'accept a claim: it counts on the map from now on', (l, id, v) => acceptClaim(l, id, v === undefined ? {} : { expectedVersion: v }));
  simple('reject', 'reject a claim: it never counts (kept for the record)', (l, id, v) => rejectClaim(l, id, v === undefined ? {} : { expectedVersion: v }));
  simple('split', 'take a claim out of its deal into a new deal of its own', (l, id, v) => splitClaim(l, id, v === undefined ? {} : { expectedVersion: v }));

  review
    .command('merge')
    .description('put a claim into a deal (leaving any other)')
    .argument('<claim>', 'claim id')
    .argument('<deal>', 'deal id')
    .option('--deal-version <n>', 'the deal version you reviewed')
    .option('--json', 'print as JSON')
    .action(async (id: string, deal: string, opts: { dealVersion?: string; json?: boolean }, cmd: Command) => {
      const v = version(opts.dealVersion);
      await withLedger(io, globals(cmd), async (ledger) => printResult(io, opts.json, await mergeClaim(ledger, id, deal, v === undefined ? {} : { expectedVersion: v })));
    });

  review
    .command('edit')
    .description('correct a claim; the original is kept and the corrected copy is accepted')
    .argument('<claim>', 'claim id')
    .option('--type <type>', 'deal type')
    .option('--from <company>', 'first party (investor, buyer, grantor, holder, licensee, payer, lender, acquirer)')
    .option('--to <company>', 'second party')
    .option('--amount <phrase>', 'amount as words, e.g. "more than $10 billion" or "undisclosed"')
    .option('--status <status>', 'status')
    .option('--deal-version <n>', 'the deal version you reviewed')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: EditOptions, cmd: Command) => {
      const v = version(opts.dealVersion);
      await withLedger(io, globals(cmd), async (ledger) => {
        const patch: { -readonly [K in keyof ClaimPatch]: ClaimPatch[K] } = {};
        if (opts.type) patch.type = parseTypes(opts.type)[0]!;
        if (opts.status) patch.status = parseStatuses(opts.status)[0]!;
        if (opts.from) patch.from = await party(ledger, opts.from);
        if (opts.to) patch.to = await party(ledger, opts.to);
        if (opts.amount !== undefined) {
          if (/^(undisclosed|none|null)$/i.test(opts.amount.trim())) patch.amount = null;
          else {
            const a = parseAmount(opts.amount);
            if (!a) throw new InputError(`--amount "${opts.amount}" is not an amount I can read; write it as in an article, e.g. "$10 billion" or "up to $100bn"`, { option: 'amount' });
            patch.amount = a;
          }
        }
        printResult(io, opts.json, await editClaim(ledger, id, patch, v === undefined ? {} : { expectedVersion: v }));
      });
    });

  review
    .command('undo')
    .description('undo a review action')
    .argument('<action>', 'action id (see `roundtrip review history`)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withLedger(io, globals(cmd), async (ledger) => printResult(io, opts.json, await undoAction(ledger, id)));
    });

  review
    .command('history')
    .description('the review actions, newest first')
    .option('--limit <n>', 'how many', '30')
    .option('--json', 'print as JSON')
    .action(async (opts: { limit: string; json?: boolean }, cmd: Command) => {
      await withLedger(io, globals(cmd), async (ledger) => {
        const actions = await reviewHistory(ledger, { limit: Number(opts.limit) || 30 });
        if (opts.json) printJson(io, { actions });
        else for (const a of actions) println(io, `${a.at}  ${a.who}  ${a.kind}  ${a.target}  (${a.id})`);
      });
    });
};

/** The instructions and messages sent to the LLM: deal types with direction, statuses, amount conventions. */
import { AMOUNT_QUALIFIERS, type AmountQualifier } from '../core/amount.js';
import { ATTRIBUTION_KINDS, type AttributionKind } from '../core/claim.js';
import { DEAL_STATUSES, type DealStatus } from '../core/deal-status.js';
import { DEAL_TYPE_INFO, DEAL_TYPES, type DealType } from '../core/deal-type.js';
import type { SourceDocument } from '../core/document.js';
import { FIGURE_KINDS } from '../core/figure.js';
import type { ChatMessage } from './llm-client.js';

const TYPE_MEANING: Readonly<Record<DealType, string>> = {
  equity_investment: 'puts money into the other for shares, e.g. in a funding round',
  compute_purchase: 'rents or buys cloud computing or data-centre capacity from the other',
  hardware_purchase: 'buys chips, GPUs, servers or other hardware from the other',
  service_purchase: "pays to use the other's models, software or services",
  share_grant: 'gives the other warrants or shares',
  stake: 'already owns part of the other (an ownership link, not a new payment)',
  licence: "pays for, or holds, a licence or exclusive right to the other's technology",
  revenue_share: 'hands the other a share of its revenue',
  loan: 'lends money or extends credit to the other',
  acquisition: 'buys the other company, or a business of it, outright',
  joint_venture: 'contributes money or assets to a joint venture (the venture is `to`)',
  other: 'transfers some other kind of value to the other',
};

const STATUS_MEANING: Readonly<Record<DealStatus, string>> = {
  rumoured: 'reported only by unnamed sources, not confirmed by the companies',
  in_talks: 'the parties are negotiating or discussing it',
  announced:
    'publicly announced, planned or agreed in principle (incl. letters of intent), not yet signed',
  signed: 'a binding agreement was signed or struck',
  completed: 'closed, paid or delivered',
  amended: 'an earlier deal was changed',
  stalled: 'talks or the deal are on hold',
  cancelled: 'called off',
  denied: 'a party denied it',
};

const QUALIFIER_MEANING: Readonly<Record<AmountQualifier, string>> = {
  exact: '"$10 billion"',
  about: '"about / roughly / nearly $10 billion"',
  more_than: '"more than / over $10 billion" (value = the bound)',
  at_least: '"at least / $10 billion or more"',
  up_to: '"up to / as much as $10 billion"',
  less_than: '"less than / under $10 billion"',
  range: '"$20-30 billion" (value = low end, upper = high end)',
  order_of_magnitude: '"tens / hundreds of billions" (value = the unit: 1e10, 1e11)',
  undisclosed: 'the article says terms were not disclosed',
  none: '"no money changed hands"',
};

const ATTRIBUTION_MEANING: Readonly<Record<AttributionKind, string>> = {
  company_statement: 'a company said or announced it',
  filing: 'a regulatory filing',
  named_executive: 'a named executive said it',
  anonymous_sources: 'people familiar with the matter, unnamed sources',
  other_outlet: 'another news outlet reported it (source = that outlet)',
  analyst: 'an analyst estimate',
  journalist: "the article's own reporting, no source given",
  curated: 'not for articles',
};

function typeLine(t: DealType): string {
  const info = DEAL_TYPE_INFO[t];
  const cash = info.legs.some((l) => l.asset === 'cash' && l.direction === 'from_to');
  const flow = cash ? `cash moves ${info.roles.from} → ${info.roles.to}` : 'no cash moves';
  return `- ${t}: from = ${info.roles.from}, to = ${info.roles.to}; the ${info.roles.from} ${TYPE_MEANING[t]}; ${flow}.`;
}

/** The system prompt. `schema` is repeated in it for servers that ignore `response_format`. */
export function systemPrompt(schema: Record<string, unknown>): string {
  return [
    'You read one news article and list the deals between companies that it reports: who pays or gives what to whom, how much, and how firm the deal is.',
    '',
    'Deal types, with what `from` and `to` mean in each:',
    ...DEAL_TYPES.map(typeLine),
    '',
    'Statuses (as this article reports them):',
    ...DEAL_STATUSES.map((s) => `- ${s}: ${STATUS_MEANING[s]}`),
    '',
    'Rules:',
    '1. One claim per deal and per pair of companies. "A and B invest in C" is two claims. Past deals the article mentions count too.',
    '2. `from` and `to` are companies (never people or news outlets). Write the company name as commonly known ("OpenAI", "Amazon Web Services"), also when the article says "the chatbot maker", "it" or "Altman\'s company".',
    '3. `quote`: copy, character for character, the shortest passage of the article (usually one sentence) that states the deal. Do not paraphrase, shorten words, fix typos or join sentences from different places. If no passage states the deal, leave the deal out.',
    '4. `amount`: null when the article gives no figure for this deal. Otherwise `phrase` = the money words exactly as written ("more than $10 billion"), `value` = the figure in whole currency units as a plain number (10 billion = 10000000000), `currency` = ISO 4217 code, `qualifier` one of:',
    ...AMOUNT_QUALIFIERS.map((q) => `   - ${q}: ${QUALIFIER_MEANING[q]}`),
    '   `mayBeZero` = true when the article allows that no money at all changes hands ("or none at all"). `basis` = total unless the figure is per period, a tranche, a valuation or an annual run rate. `period` = the term the total is spread over as an ISO 8601 duration ("over seven years" = "P7Y"), else null.',
    '5. `stakePercent`: the ownership share in percent for stakes and equity deals when stated (27 for "27%"), else null.',
    '6. `dates`: when the deal was announced, signed or completed, as "YYYY", "YYYY-MM" or "YYYY-MM-DD". Resolve relative dates ("last month", "in October") against the publication date. null when the article does not say.',
    '7. `attribution.kind`, where the article says its information comes from:',
    ...ATTRIBUTION_KINDS.filter((k) => k !== 'curated').map(
      (k) => `   - ${k}: ${ATTRIBUTION_MEANING[k]}`,
    ),
    '   `attribution.source` = who is credited ("The Information", "people familiar with the discussions"), else null.',
    '8. `hedges`: hedging words from the quote ("could", "plans to", "in talks", "potentially"); [] when none.',
    '9. `confidence`: from 0 to 1, how clearly the article states this deal.',
    `10. \`figures\`: figures about one company that are not a deal between two companies (kinds: ${FIGURE_KINDS.join(', ')}), each with its own verbatim \`quote\`; \`period\` = the year or date it covers, else null.`,
    '',
    'Answer with one JSON object and nothing else, following this JSON Schema:',
    JSON.stringify(schema),
  ].join('\n');
}

/** The user message: the publication date (for relative dates), outlet, title, then the text. */
export function articleMessage(doc: SourceDocument): string {
  return [
    `Publication date: ${doc.publishedAt ?? 'unknown'}`,
    ...(doc.outlet ? [`Outlet: ${doc.outlet}`] : []),
    ...(doc.title ? [`Title: ${doc.title}`] : []),
    '',
    'Article:',
    '<<<',
    doc.text,
    '>>>',
  ].join('\n');
}

/** The first request's messages. */
export function extractionMessages(
  doc: SourceDocument,
  schema: Record<string, unknown>,
): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt(schema) },
    { role: 'user', content: articleMessage(doc) },
  ];
}

/** The longest bad answer echoed back in a repair request. */
const MAX_ECHO = 20_000;

/** The conversation for the one repair retry: the bad answer and what was wrong with it. */
export function repairMessages(
  first: readonly ChatMessage[],
  badAnswer: string,
  problems: string,
): ChatMessage[] {
  return [
    ...first,
    { role: 'assistant', content: badAnswer.slice(0, MAX_ECHO) },
    {
      role: 'user',
      content: `That answer cannot be used:\n${problems}\nReply again with the complete, corrected JSON object only, following the schema, with every quote copied exactly from the article.`,
    },
  ];
}

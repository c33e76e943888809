/** The optional LLM extractor: any OpenAI-compatible endpoint behind the `Extractor` port, every fact grounded in the text. */
import type { SourceDocument } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import { ExtractError, InputError, isRoundtripError } from '../core/errors.js';
import type { ExtractContext, ExtractionResult, Extractor } from './extractor.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { llmClaims } from './llm-claims.js';
import {
  chatCompletion,
  chatEndpoint,
  type ChatClientOptions,
  type ChatMessage,
} from './llm-client.js';
import { createPartyResolver, type PartyResolver } from './llm-parties.js';
import { extractionMessages, repairMessages } from './llm-prompt.js';
import { llmJsonSchema, parseLlmResponse, type LlmResponse } from './llm-schema.js';

export { LLM_KEY_VARIABLES } from './llm-client.js';

export interface LlmExtractorOptions {
  /** Base URL of the OpenAI-compatible API, e.g. "http://127.0.0.1:11434/v1" (Ollama). */
  readonly url: string;
  /** The model name the server knows ("qwen2.5:7b", "gpt-4o-mini"). */
  readonly model: string;
  /** Sent as a bearer token when set; the CLI reads it from the environment. */
  readonly apiKey?: string;
  /** Per request; default 120 000 ms (local models on a CPU are slow). */
  readonly timeoutMs?: number;
  /** The longest 429 Retry-After worth waiting for once; default 30 000 ms. */
  readonly maxRetryAfterMs?: number;
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Defaults to a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The gazetteer's entities, for party ids (a context's gazetteer wins when given). */
  readonly entities: readonly Entity[];
}

/** The LLM extractor. `ctx` is optional: without it, the gazetteer is built from `entities`. */
export interface LlmExtractor extends Extractor {
  extract(doc: SourceDocument, ctx?: ExtractContext): Promise<ExtractionResult>;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

function checkOptions(opts: LlmExtractorOptions): void {
  let url: URL | null;
  try {
    url = new URL(opts.url);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InputError(
      `llm: --llm-url "${opts.url}" is not an http(s) URL; give the API root, e.g. http://127.0.0.1:11434/v1`,
      {
        value: opts.url,
      },
    );
  }
  if (!opts.model.trim())
    throw new InputError(
      'llm: --llm-model is empty; name a model the server has (e.g. qwen2.5:7b)',
      { value: opts.model },
    );
  if (opts.timeoutMs !== undefined && !(opts.timeoutMs > 0)) {
    throw new InputError(`llm: timeout ${opts.timeoutMs} ms must be positive`, {
      value: opts.timeoutMs,
    });
  }
}

/**
 * An extractor that asks an OpenAI-compatible chat endpoint for claims as JSON (schema-forced
 * where the server supports it), validates the answer with zod, makes one repair request
 * when it is invalid, and keeps only claims whose quote is really in the article.
 * Throws `ExtractError` (code `extract`) when the answer stays invalid, and `network`
 * errors (details.reason: connection, timeout, unauthorized, rate_limited, http_status)
 * when the server cannot be used.
 * @example
 * const llm = createLlmExtractor({ url: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', entities });
 * const { claims, warnings } = await llm.extract(doc);
 */
export function createLlmExtractor(opts: LlmExtractorOptions): LlmExtractor {
  checkOptions(opts);
  const origin = `llm:${opts.model}`;
  const endpoint = chatEndpoint(opts.url);
  const client: ChatClientOptions = {
    url: opts.url,
    model: opts.model,
    ...(opts.apiKey ? { apiKey: opts.apiKey } : {}),
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    fetch: opts.fetch ?? globalThis.fetch,
    sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  let ownGazetteer: Gazetteer | null = null;
  const resolvers = new WeakMap<Gazetteer, PartyResolver>();
  // NOTE: once a server rejects `response_format`, later requests ask by prompt alone.
  let useSchema = true;

  const resolverFor = (ctx?: ExtractContext): PartyResolver => {
    const g = ctx?.gazetteer ?? (ownGazetteer ??= buildGazetteer(opts.entities));
    let r = resolvers.get(g);
    if (!r) resolvers.set(g, (r = createPartyResolver(g)));
    return r;
  };

  const ask = async (messages: readonly ChatMessage[], warnings: string[]): Promise<string> => {
    if (useSchema) {
      try {
        return (await chatCompletion(client, { messages, jsonSchema: llmJsonSchema() })).content;
      } catch (error) {
        if (!isRoundtripError(error) || error.details.reason !== 'schema_unsupported') throw error;
        useSchema = false;
        warnings.push(
          `llm: ${endpoint} rejected response_format json_schema; asked for JSON by the prompt alone`,
        );
      }
    }
    return (await chatCompletion(client, { messages, jsonSchema: null })).content;
  };

  const answer = async (doc: SourceDocument, warnings: string[]): Promise<LlmResponse> => {
    const first = extractionMessages(doc, llmJsonSchema());
    const reply = await ask(first, warnings);
    const parsed = parseLlmResponse(reply);
    if (parsed.ok) return parsed.value;
    const repaired = parseLlmResponse(
      await ask(repairMessages(first, reply, parsed.problems), warnings),
    );
    if (repaired.ok) {
      warnings.push(
        `llm: the first answer was invalid and was repaired (${parsed.problems.split('\n')[0] ?? ''})`,
      );
      return repaired.value;
    }
    throw new ExtractError(
      `llm: the model "${opts.model}" at ${endpoint} gave no valid answer for document ${doc.id}, even after a repair request: ${repaired.problems.slice(0, 500)}; try a larger or instruction-tuned model`,
      {
        reason: 'invalid_response',
        endpoint,
        model: opts.model,
        document: doc.id,
        problems: repaired.problems,
      },
    );
  };

  return {
    name: origin,
    async extract(doc, ctx) {
      const resolveParty = resolverFor(ctx);
      if (!doc.text.trim())
        return { claims: [], figures: [], warnings: [`document ${doc.id} has no text to read`] };
      const warnings: string[] = [];
      const result = llmClaims(await answer(doc, warnings), {
        doc,
        origin,
        recordedAt: ctx?.now ?? doc.publishedAt ?? doc.retrievedAt,
        resolveParty,
      });
      return {
        claims: result.claims,
        figures: result.figures,
        warnings: [...warnings, ...result.warnings],
      };
    },
  };
}

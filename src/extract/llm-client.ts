/** One chat-completion call to an OpenAI-compatible server, with its failures turned into clear errors. */
import { ExtractError, RoundtripError } from '../core/errors.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** The environment variables the CLI reads the key from, in order (named in error messages). */
export const LLM_KEY_VARIABLES: readonly string[] = ['ROUNDTRIP_LLM_KEY', 'OPENAI_API_KEY'];

export interface ChatClientOptions {
  /** Base URL of the OpenAI-compatible API, e.g. "http://127.0.0.1:11434/v1". */
  readonly url: string;
  readonly model: string;
  readonly apiKey?: string;
  /** Per request, including reading the answer. */
  readonly timeoutMs: number;
  /** The longest Retry-After a 429 may ask for before we give up instead of waiting. */
  readonly maxRetryAfterMs: number;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  /** JSON Schema for `response_format`; null asks for JSON by the prompt alone. */
  readonly jsonSchema: Record<string, unknown> | null;
}

export interface ChatReply {
  readonly content: string;
  readonly finishReason: string | null;
}

/**
 * Why a call failed, in `error.details.reason`. `schema_unsupported` means the server
 * rejected `response_format` (the caller may retry without it).
 */
export type LlmErrorReason =
  | 'connection'
  | 'timeout'
  | 'unauthorized'
  | 'rate_limited'
  | 'http_status'
  | 'schema_unsupported'
  | 'invalid_response'
  | 'refused'
  | 'truncated';

/** The endpoint a base URL stands for. */
export function chatEndpoint(url: string): string {
  return `${url.replace(/\/+$/, '')}/chat/completions`;
}

function networkError(
  reason: LlmErrorReason,
  message: string,
  details: Record<string, unknown>,
  cause?: unknown,
): RoundtripError {
  return new RoundtripError(
    'network',
    message,
    { reason, ...details },
    cause === undefined ? undefined : { cause },
  );
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header.trim());
  if (header.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** The server's own words about an error, short. */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as {
      error?: { message?: unknown } | string;
      message?: unknown;
    };
    const e = parsed.error;
    const m =
      typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : parsed.message;
    if (typeof m === 'string' && m.trim()) return m.trim().slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim().slice(0, 300) || '(empty body)';
}

const SCHEMA_WORDS = /response_format|json_schema|schema|grammar/i;

/** The body a chat completion is asked with. */
export function chatBody(
  opts: Pick<ChatClientOptions, 'model'>,
  req: ChatRequest,
): Record<string, unknown> {
  return {
    model: opts.model,
    temperature: 0,
    stream: false,
    messages: req.messages,
    ...(req.jsonSchema
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'deal_claims', strict: true, schema: req.jsonSchema },
          },
        }
      : {}),
  };
}

async function post(
  opts: ChatClientOptions,
  endpoint: string,
  body: string,
): Promise<{ status: number; headers: Headers; text: string }> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await opts.fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
      },
      body,
      signal,
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } catch (error) {
    if (signal.aborted) {
      throw networkError(
        'timeout',
        `llm: ${endpoint} did not answer within ${opts.timeoutMs} ms; use a smaller model, a shorter article or a longer timeout`,
        { endpoint, timeoutMs: opts.timeoutMs },
        error,
      );
    }
    const c = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    const cause =
      typeof c?.code === 'string'
        ? c.code
        : typeof c?.message === 'string'
          ? c.message
          : String(error);
    throw networkError(
      'connection',
      `llm: no server is answering at ${opts.url} (${cause}); start the server (for example \`ollama serve\`) or pass the right --llm-url`,
      { endpoint, cause },
      error,
    );
  }
}

/**
 * POST one chat completion and return the assistant's text. Honours one 429 Retry-After
 * (up to `maxRetryAfterMs`). Throws `network` errors for transport and HTTP failures and
 * `ExtractError` for answers without usable content; `details.reason` tells them apart.
 */
export async function chatCompletion(
  opts: ChatClientOptions,
  req: ChatRequest,
): Promise<ChatReply> {
  const endpoint = chatEndpoint(opts.url);
  const body = JSON.stringify(chatBody(opts, req));
  let res = await post(opts, endpoint, body);
  if (res.status === 429) {
    const wait = retryAfterMs(res.headers.get('retry-after'));
    if (wait !== null && wait <= opts.maxRetryAfterMs) {
      await opts.sleep(wait);
      res = await post(opts, endpoint, body);
    }
  }
  const { status } = res;
  if (status === 401 || status === 403) {
    throw networkError(
      'unauthorized',
      `llm: ${endpoint} refused the API key (HTTP ${status}: ${serverMessage(res.text)}); set ${LLM_KEY_VARIABLES.join(' or ')} to a valid key for this server`,
      { endpoint, status },
    );
  }
  if (status === 429) {
    throw networkError(
      'rate_limited',
      `llm: ${endpoint} is rate limiting requests (HTTP 429: ${serverMessage(res.text)}); wait and try again, or use another model or key`,
      { endpoint, status, retryAfter: res.headers.get('retry-after') },
    );
  }
  if (status === 400 && req.jsonSchema && SCHEMA_WORDS.test(res.text)) {
    throw networkError(
      'schema_unsupported',
      `llm: ${endpoint} rejected the JSON schema: ${serverMessage(res.text)}`,
      { endpoint, status },
    );
  }
  if (status < 200 || status > 299) {
    const hint =
      status === 404
        ? '; check that --llm-url ends in the API root (often /v1) and that --llm-model exists on the server'
        : '';
    throw networkError(
      'http_status',
      `llm: ${endpoint} answered HTTP ${status}: ${serverMessage(res.text)}${hint}`,
      { endpoint, status },
    );
  }
  return readReply(endpoint, res.text);
}

type Completion = {
  choices?: { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }[];
};

function readReply(endpoint: string, text: string): ChatReply {
  let parsed: Completion;
  try {
    parsed = JSON.parse(text) as Completion;
  } catch {
    throw new ExtractError(
      `llm: ${endpoint} answered with something that is not JSON: ${text.slice(0, 200)}`,
      { reason: 'invalid_response', endpoint },
    );
  }
  const choice = parsed.choices?.[0];
  const finishReason = typeof choice?.finish_reason === 'string' ? choice.finish_reason : null;
  const refusal = choice?.message?.refusal;
  if (typeof refusal === 'string' && refusal) {
    throw new ExtractError(`llm: the model at ${endpoint} refused: ${refusal.slice(0, 300)}`, {
      reason: 'refused',
      endpoint,
    });
  }
  const raw = choice?.message?.content;
  // NOTE: a few servers send content as a list of typed parts instead of a string.
  const content =
    typeof raw === 'string'
      ? raw
      : Array.isArray(raw)
        ? raw.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('')
        : null;
  if (finishReason === 'length') {
    throw new ExtractError(
      `llm: the answer from ${endpoint} was cut off at the model's length limit; use a model with a larger context or a shorter article`,
      { reason: 'truncated', endpoint },
    );
  }
  if (content === null || !content.trim()) {
    throw new ExtractError(`llm: ${endpoint} answered without message content`, {
      reason: 'invalid_response',
      endpoint,
    });
  }
  return { content, finishReason };
}

/** The API client: JSON over fetch, the write token, and errors with the server's code and message. */
import type { ErrorBody } from '../../server/api-types.js';

const TOKEN_KEY = 'roundtrip.token';

/** An error answer from the API (or the network), with the server's code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(
    status: number,
    code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Take a token from the address fragment (`#token=…`, printed by `roundtrip serve`) into this tab's storage. */
export function captureToken(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m?.[1]) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
  history.replaceState(history.state, '', location.pathname + location.search);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function hasToken(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

async function answer<T>(res: Response): Promise<T> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    if (res.ok) return (await res.blob()) as T;
    throw new ApiError(res.status, 'internal', `the server answered ${res.status}`);
  }
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    const e = (body as ErrorBody).error;
    throw new ApiError(
      res.status,
      e?.code ?? 'internal',
      e?.message ?? `the server answered ${res.status}`,
      e?.details ?? {},
    );
  }
  return body as T;
}

const gets = new Map<string, Promise<unknown>>();
/** How long an answer is reused (so a prefetch started before the view asks is not wasted). */
const REUSE_MS = 5000;

/** GET a JSON answer; identical requests in flight, or answered in the last few seconds, share one fetch. */
export function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const q = params?.toString();
  const url = q ? `${path}?${q}` : path;
  const pending = gets.get(url);
  if (pending) return pending as Promise<T>;
  const p = fetch(url, { headers: { Accept: 'application/json' } }).then((r) => answer<T>(r));
  gets.set(url, p);
  p.then(
    () => setTimeout(() => gets.get(url) === p && gets.delete(url), REUSE_MS),
    () => gets.get(url) === p && gets.delete(url),
  );
  return p;
}

/** POST JSON (a write): carries the token when this tab has one. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body ?? {}),
  });
  const result = await answer<T>(res);
  notifyWrite();
  return result;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Call `fn` after every successful write (views refetch). Returns the unsubscribe function. */
export function onWrite(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notifyWrite(): void {
  gets.clear();
  for (const fn of listeners) fn();
}

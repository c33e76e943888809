/** The address bar as app state: every view is a path plus query parameters, so any view can be shared. */
import { useEffect, useState } from 'preact/hooks';

export interface Place {
  readonly path: string;
  readonly params: URLSearchParams;
}

const CHANGE = 'roundtrip:navigate';

function current(): Place {
  return { path: location.pathname, params: new URLSearchParams(location.search) };
}

/** Build "path?query" from a path and parameters (empty parameters dropped). */
export function href(
  path: string,
  params?: URLSearchParams | Record<string, string | null | undefined>,
): string {
  const p = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (params && !(params instanceof URLSearchParams))
    for (const [k, v] of Object.entries(params))
      if (v !== null && v !== undefined && v !== '') p.set(k, v);
  for (const [k, v] of [...p]) if (v === '') p.delete(k);
  const q = p.toString().replace(/%2C/g, ',').replace(/%3E/g, '>');
  return q ? `${path}?${q}` : path;
}

/** Go to a place; `replace` for changes that should not add a history step (slider moves). */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current place; re-renders on navigation and on the back and forward buttons. */
export function usePlace(): Place {
  const [place, setPlace] = useState(current);
  useEffect(() => {
    const update = () => setPlace(current());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return place;
}

/** Follow in-app links without reloading: call from an anchor's onClick. */
export function linkClick(e: MouseEvent, to: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
  e.preventDefault();
  navigate(to);
  window.scrollTo(0, 0);
}

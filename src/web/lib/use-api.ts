/** Load an API answer into a component, keeping the last answer on screen while the next one loads. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson, onWrite } from './api.js';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
}

/**
 * Fetch `path?params` whenever the URL changes, and again after every write made from this tab.
 * A null path loads nothing.
 */
export function useApi<T>(path: string | null, params?: URLSearchParams): Loaded<T> {
  const url = path ? `${path}?${params?.toString() ?? ''}` : null;
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: url !== null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => onWrite(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(path, params).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live &&
        setState((s) => ({
          data: s.data,
          error:
            error instanceof ApiError
              ? error
              : new ApiError(
                  0,
                  'network',
                  'the server cannot be reached; is roundtrip serve still running?',
                ),
          loading: false,
        })),
    );
    return () => {
      live = false;
    };
  }, [url, generation]);
  return state;
}

/** The server's vocabulary (deal types with colours, statuses, data dates), shared by every view. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MetaJson } from '../../server/api-types.js';

export const MetaContext = createContext<MetaJson | null>(null);

export function useMeta(): MetaJson {
  const meta = useContext(MetaContext);
  if (!meta) throw new Error('useMeta outside the app');
  return meta;
}

/** Deal type → colour. */
export function typeColours(meta: MetaJson): Record<string, string> {
  return Object.fromEntries(meta.types.map((t) => [t.id, t.colour]));
}

/** Deal type → label ("Compute / cloud purchase"). */
export function typeLabel(meta: MetaJson, type: string | null | undefined): string {
  return meta.types.find((t) => t.id === type)?.label ?? type ?? 'Other';
}

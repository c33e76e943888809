/** Placeholder. */
import type { Place } from '../lib/location.js';
export function DealPage(props: { id: string; place: Place }) {
  return <main class="page">{props.id}</main>;
}

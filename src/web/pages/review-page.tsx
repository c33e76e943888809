/** Placeholder. */
import type { Place } from '../lib/location.js';
export function ReviewPage(_props: { place: Place }) {
  return <main class="page">review</main>;
}

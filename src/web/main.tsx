/** Entry point: fonts, the write token from the address, then the app. */
import { render } from 'preact';
import { App } from './app.js';
import { loadFonts } from './fonts.js';
import { captureToken, getJson } from './lib/api.js';
import { mapRequests, readMapQuery } from './lib/map-query.js';
import './styles.css';

captureToken();
const fonts = loadFonts();
// NOTE: on the map, ask for its data right away, in parallel with the fonts and the vocabulary.
if (
  location.pathname === '/' ||
  location.pathname === '/map' ||
  location.pathname.startsWith('/loops/')
) {
  for (const [path, params] of Object.values(
    mapRequests(readMapQuery(new URLSearchParams(location.search))),
  )) {
    getJson(path, params).catch(() => undefined);
  }
}
void getJson('/api/meta').catch(() => undefined);
render(<App fonts={fonts} />, document.getElementById('app')!);

/** The app shell: header and navigation, the vocabulary from the server, and one view per address. */
import { useEffect, useState } from 'preact/hooks';
import type { InboxJson, MetaJson } from '../server/api-types.js';
import { getJson } from './lib/api.js';
import { type Place, usePlace } from './lib/location.js';
import { MetaContext } from './lib/meta.js';
import { useApi } from './lib/use-api.js';
import { MapPage } from './map/map-page.js';
import { CompanyPage } from './pages/company-page.js';
import { DealPage } from './pages/deal-page.js';
import { ReviewPage } from './pages/review-page.js';
import { Notice } from './ui/bits.js';
import { Link } from './ui/link.js';

function route(place: Place) {
  const p = place.path;
  if (p === '/' || p === '/map' || p.startsWith('/loops/') || p === '/loops')
    return <MapPage place={place} />;
  if (p.startsWith('/deals/'))
    return <DealPage id={decodeURIComponent(p.slice('/deals/'.length))} place={place} />;
  if (p.startsWith('/companies/'))
    return <CompanyPage id={decodeURIComponent(p.slice('/companies/'.length))} place={place} />;
  if (p === '/review') return <ReviewPage place={place} />;
  return (
    <main class="page">
      <h1>Nothing here</h1>
      <p>
        <Link href="/">Go to the map</Link>
      </p>
    </main>
  );
}

function Header(props: { place: Place }) {
  const inbox = useApi<InboxJson>('/api/review/inbox', new URLSearchParams({ limit: '1' }));
  const p = props.place.path;
  const onMap = p === '/' || p === '/map' || p.startsWith('/loops');
  return (
    <header class="top">
      <Link href="/" class="brand">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 3a9 9 0 1 1-8.5 6"
            fill="none"
            stroke="currentColor"
            stroke-width="2.4"
            stroke-linecap="round"
          />
          <path
            d="M1 6.5 3.6 9.8 7.4 8"
            fill="none"
            stroke="currentColor"
            stroke-width="2.4"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        roundtrip
      </Link>
      <span class="tagline">
        Who pays whom, as the news reports it, and where the money comes back
      </span>
      <nav class="tabs" aria-label="Views">
        <Link href="/" class={onMap ? 'tab on' : 'tab'}>
          Map
        </Link>
        <Link href="/review" class={p === '/review' ? 'tab on' : 'tab'}>
          Review
          {inbox.data?.count ? (
            <span class="badge" aria-label={`${inbox.data.count} claims to review`}>
              {inbox.data.count}
            </span>
          ) : null}
        </Link>
        <a class="tab" href="/api/openapi.json" target="_blank" rel="noopener">
          API
        </a>
      </nav>
    </header>
  );
}

export function App(props: { fonts: Promise<void> }) {
  const place = usePlace();
  const [meta, setMeta] = useState<MetaJson | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    getJson<MetaJson>('/api/meta').then(setMeta, (e: unknown) =>
      setError(e instanceof Error ? e : new Error(String(e))),
    );
    // NOTE: the canvas draws labels with whatever font is loaded when it first paints; wait briefly for Inter.
    const t = setTimeout(() => setFontsReady(true), 600);
    props.fonts.then(() => setFontsReady(true));
    return () => clearTimeout(t);
  }, []);
  if (error) return <Notice error={error} />;
  if (!meta || !fontsReady) return <p class="notice boot">Loading roundtrip…</p>;
  return (
    <MetaContext.Provider value={meta}>
      <Header place={place} />
      {route(place)}
    </MetaContext.Provider>
  );
}

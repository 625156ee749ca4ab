import { lazy, Suspense, useEffect, useState } from 'react';

const ShareOpenDialog = lazy(() => import('./ShareOpenDialog'));

/** Where a share link's payload starts in the hash; the codec (zod, lz-string) loads only when one is there. */
const PREFIX = '#share=';

function pending(): string | null {
  return window.location.hash.startsWith(PREFIX) ? window.location.hash.slice(PREFIX.length) : null;
}

/** Watches the URL for a share link (at load, or pasted into the address bar later) and opens its dialog. */
export function ShareLinkWatcher() {
  const [encoded, setEncoded] = useState<string | null>(() =>
    typeof window === 'undefined' ? null : pending(),
  );
  useEffect(() => {
    const follow = () => setEncoded(pending());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  if (encoded === null) return null;
  return (
    <Suspense fallback={null}>
      <ShareOpenDialog key={encoded} encoded={encoded} onDone={() => setEncoded(null)} />
    </Suspense>
  );
}

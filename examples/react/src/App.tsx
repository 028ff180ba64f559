import { useEffect, useState } from 'react';
import { init, type ConsentApi } from 'consent-banner';
import type {} from 'consent-banner/react';
import { config } from '../../consent-config.js';
import { useConsent } from './use-consent.js';

/** A widget whose script waits for analytics consent; React owns its nodes. */
function Stats() {
  return (
    <section>
      <h2>Stats</h2>
      <script type="text/plain" data-consent="analytics" data-consent-service="stats">
        {"(window.__ran = window.__ran || []).push('react-stats');"}
      </script>
    </section>
  );
}

export function App() {
  const [consent, setConsent] = useState<ConsentApi | null>(null);
  const [showStats, setShowStats] = useState(true);
  useEffect(() => {
    const api = init(config);
    setConsent(api);
    return () => {
      api.destroy();
    };
  }, []);
  useEffect(() => {
    const onChange = (event: WindowEventMap['consent-change']) => {
      document.title = `React example (${event.detail.granted.length} granted)`;
    };
    window.addEventListener('consent-change', onChange);
    return () => {
      window.removeEventListener('consent-change', onChange);
    };
  }, []);
  const record = useConsent(consent);
  return (
    <main>
      <consent-banner />
      <h1>React example</h1>
      <p id="status">{record === null ? 'No choice yet' : `Granted: ${record.categories.join(', ')}`}</p>
      <button type="button" data-consent-open="">
        Cookie settings
      </button>
      <button
        type="button"
        id="toggle-stats"
        onClick={() => {
          setShowStats(!showStats);
        }}
      >
        Toggle stats
      </button>
      {showStats ? <Stats /> : null}
    </main>
  );
}

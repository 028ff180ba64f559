import { useEffect } from 'react';
import { consent, startConsent, useConsentRecord, useConsentViews } from './consent.js';

/** The site's own notice, drawn from the headless core: Accept and Reject with equal weight. */
function Notice() {
  const views = useConsentViews();
  if (!views.notice) return null;
  return (
    <section role="region" aria-label="Cookie consent" id="site-notice">
      <p>
        We use cookies for statistics and ads, only with your consent. <a href="/privacy">Privacy policy</a>
      </p>
      <button
        type="button"
        id="site-accept"
        onClick={() => {
          consent.acceptAll({ source: 'notice' });
        }}
      >
        Accept all
      </button>
      <button
        type="button"
        id="site-reject"
        onClick={() => {
          consent.rejectAll({ source: 'notice' });
        }}
      >
        Reject all
      </button>
    </section>
  );
}

export function App() {
  useEffect(() => {
    startConsent();
  }, []);
  const record = useConsentRecord();
  return (
    <main>
      <h1>SSR example</h1>
      <p id="status">{record === null ? 'No choice yet' : `Granted: ${record.categories.join(', ')}`}</p>
      <Notice />
    </main>
  );
}

import type { ConsentConfig } from 'consent-banner';

/** The config the example apps share. */
export const config: ConsentConfig = {
  revision: 1,
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, cookies: ['session'] },
    analytics: { services: { stats: { label: 'Example stats', cookies: ['_stats'] } } },
    marketing: { cookies: ['_ads'] },
  },
  cookie: { name: 'example_consent' },
  reloadOnWithdraw: false,
};

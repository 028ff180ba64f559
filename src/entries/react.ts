/**
 * `consent-banner/react`: JSX typings for React 19, so `<consent-banner />` and
 * `<consent-placeholder />` type-check (`import type {} from 'consent-banner/react'` once, or list
 * it in tsconfig's `types`). Type-only.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentBannerElement } from '../ui/consent-banner.js';
import type { ConsentPlaceholderElement } from '../ui/consent-placeholder.js';
import '../ui/define.js';
import '../ui/placeholders.js';
import './events.js';

/** The props React accepts on one of our elements: its HTML attributes and a ref to the element. */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'consent-banner': ElementProps<ConsentBannerElement>;
      'consent-placeholder': ElementProps<ConsentPlaceholderElement>;
    }
  }
}

export {};

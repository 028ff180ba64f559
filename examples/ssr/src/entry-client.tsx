import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App />
  </StrictMode>,
  {
    onRecoverableError: (error) => {
      (window as unknown as { __hydrationErrors: unknown[] }).__hydrationErrors ??= [];
      (window as unknown as { __hydrationErrors: unknown[] }).__hydrationErrors.push(String(error));
    },
  },
);

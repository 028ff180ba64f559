import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

/** The app's HTML for a request. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

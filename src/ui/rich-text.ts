import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../core/safe-url.js';

/** A piece of a text: plain text, or a link. */
export type RichTextSegment = string | { readonly text: string; readonly url: string };

const LINK = /\[([^\]\n]{1,200})\]\(([^()\s]{1,2000})\)/g;

/**
 * Splits a text into plain parts and `[text](url)` links. Only http(s) and relative URLs become
 * links; any other link is kept as the plain text it was written as. Nothing is ever parsed as HTML.
 */
export function parseRichText(text: string): RichTextSegment[] {
  const segments: RichTextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', url = ''] = match;
    const index = match.index;
    if (!isSafeUrl(url)) continue;
    if (index > last) segments.push(text.slice(last, index));
    segments.push({ text: label, url });
    last = index + whole.length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** Renders a text with its safe links; every other character is text (Lit escapes it). */
export function renderRichText(text: string): TemplateResult {
  return html`${parseRichText(text).map((segment) =>
    typeof segment === 'string' ? segment : html`<a part="link" href=${segment.url}>${segment.text}</a>`,
  )}${nothing}`;
}

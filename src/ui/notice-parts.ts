import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentApi } from '../core/types.js';
import { formatText, type Texts } from '../i18n/texts.js';
import { categoryLabel, formatList } from './labels.js';

/**
 * The policy link after a description, when the config has a policy URL. The space before it is a
 * value, not template text: the build's template minifier drops whitespace at a template's edge.
 */
export function policyLink(url: string, texts: Texts): (string | TemplateResult)[] | typeof nothing {
  return url === '' ? nothing : [' ', html`<a part="link" href=${url}>${texts.policyLink}</a>`];
}

/** The line that says a Global Privacy Control signal is honoured, and which categories it keeps off. */
export function renderGpc(api: ConsentApi, texts: Texts, code: string): TemplateResult | typeof nothing {
  if (!api.gpc || api.config.gpc.length === 0) return nothing;
  const labels = api.config.gpc.map((id) => {
    const category = api.config.categories.find((c) => c.id === id);
    return category === undefined ? id : categoryLabel(category, texts, code);
  });
  const line = formatText(texts.gpc, { categories: formatList(labels, code, texts.and) });
  // Under the opt-out regime the signal is the visitor's opt-out request: say first that it was honoured.
  return html`<p class="gpc" part="gpc-notice">${api.regime === 'opt-out' ? [html`<strong class="gpc-head">${texts.gpcHonoured}</strong>`, ' '] : nothing}${line}</p>`;
}

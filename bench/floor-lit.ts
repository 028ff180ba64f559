// The floor for a Lit-based banner: one element with a heading, a sentence and two buttons.
import { css, html, LitElement } from 'lit';

class FloorBanner extends LitElement {
  static override styles = css`
    :host { position: fixed; inset-inline-end: 1rem; inset-block-end: 1rem; max-inline-size: 24rem; padding: 1rem; background: #fff; border: 1px solid #ccc; border-radius: 0.75rem; font: 16px system-ui, sans-serif; }
    button { font: inherit; padding: 0.5rem 1rem; }
  `;

  override render() {
    return html`<h2 id="t">Cookies on this site</h2><p>We use cookies.</p>
      <button @click=${() => {
        this.choose('all');
      }}>Accept all</button>
      <button @click=${() => {
        this.choose('necessary');
      }}>Reject all</button>`;
  }

  private choose(value: string): void {
    document.cookie = `floor_lit=${value}; path=/; max-age=15552000; SameSite=Lax`;
    this.remove();
  }
}

if (!document.cookie.includes('floor_lit=')) {
  customElements.define('floor-banner', FloorBanner);
  document.body.prepend(document.createElement('floor-banner'));
}

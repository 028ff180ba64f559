import type { ConsentEnvironment } from '../../src/core/consent.js';
import type { ConsentApi, ConsentConfig } from '../../src/core/types.js';
import type { Texts } from '../../src/i18n/texts.js';
import type { Integration } from '../../src/integrations/integration.js';
import type { ConsentBannerElement } from '../../src/ui/consent-banner.js';
import type { MountedUi } from '../../src/ui/mount.js';
import { mountUi } from '../../src/ui/mount-ui.js';
import { makeConsent, uniqueCookieName, waitFor } from './consent.js';
import { WORDED, type RecordingReporter } from './reporter.js';

/** A started instance with its UI on the page. */
export interface UiFixture {
  readonly api: ConsentApi;
  readonly element: ConsentBannerElement;
  readonly reporter: RecordingReporter;
  readonly ui: MountedUi;
  /** The element's shadow root. */
  readonly root: ShadowRoot;
  /** One element in the shadow root; fails when it is missing. */
  $(selector: string): HTMLElement;
  /** Waits for the element to finish rendering. */
  settle(): Promise<void>;
}

const mounted: MountedUi[] = [];

/** Starts an instance with a fresh cookie and mounts the UI as the script tag would. */
export async function mountFixture(
  config: ConsentConfig = {},
  options: { present?: Record<string, Texts>; environment?: Partial<ConsentEnvironment>; integrations?: Integration[] } = {},
): Promise<UiFixture> {
  const { api, reporter } = makeConsent({ cookie: { name: uniqueCookieName() }, ...config }, options.environment);
  for (const integration of options.integrations ?? []) integration.attach(api, window, WORDED);
  api.init();
  const ui = mountUi(api, { present: options.present ?? {} }, document, reporter);
  mounted.push(ui);
  const element = ui.element;
  const settle = async (): Promise<void> => {
    await waitFor(() => ui.locale.ready, 2000, 'the language');
    await element.updateComplete;
    await element.updateComplete;
    // Let the entrance animation end, so positions and colours are the final ones (one cut short by
    // the next change, such as a closing dialog opened again, rejects: that is an end too).
    await Promise.all((element.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished.catch(() => undefined)));
  };
  await settle();
  const root = element.shadowRoot!;
  return {
    api,
    element,
    reporter,
    ui,
    root,
    $(selector) {
      const found = root.querySelector<HTMLElement>(selector);
      if (found === null) throw new Error(`no ${selector} in <consent-banner>`);
      return found;
    },
    settle,
  };
}

/** Takes every mounted UI off the page. */
export function unmountAll(): void {
  for (const ui of mounted.splice(0)) ui.unmount();
}

/** Loads axe-core once (a UMD script) and returns it. */
export async function loadAxe(): Promise<AxeLike> {
  const existing = (window as unknown as { axe?: AxeLike }).axe;
  if (existing !== undefined) return existing;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error('axe-core did not load'));
    };
    document.head.append(script);
  });
  return (window as unknown as { axe: AxeLike }).axe;
}

/** The part of axe-core's API the tests use. */
export interface AxeLike {
  run(
    context: Element | Document,
    options?: Record<string, unknown>,
  ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
}

/** Runs axe on an element (shadow DOM included) and returns readable violations. */
export async function axeViolations(context: Element | Document): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

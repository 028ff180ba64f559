import type { ChangeDetail, ConsentApi } from '../core/types.js';
import { isEnabled, type Integration, type IntegrationContext, type IntegrationName } from './integration.js';

/**
 * An integration whose code arrives later (an add-on file), loaded only when the config turns it on.
 * Until then each `change` goes to `onEarly` (the log queues its entry durably), else is kept (and,
 * if the code cannot be had, `onEarly` is still told). Once the code is there it is attached to the same API,
 * through a view whose `on('change', …)` first hands over the changes kept so far (a choice made
 * before the file arrived is not lost) and whose `on('ready', …)` fires at once, as it does on a
 * ready API.
 */
export function deferredIntegration(
  name: IntegrationName,
  load: (api: ConsentApi) => Promise<(() => Integration) | undefined>,
  /**
   * Told each change before the code is there; true when it took care of it for good (the log
   * queues the entry in localStorage at once), and the change is then not handed over again.
   */
  onEarly?: (api: ConsentApi, win: Window, context: IntegrationContext | undefined, detail: ChangeDetail) => boolean,
): Integration {
  return {
    name,
    attach: (api, win, context) => {
      /** Changes to hand over when the code arrives (those `onEarly` did not take care of). */
      let waiting: ChangeDetail[] = [];
      let detach: (() => void) | null = null;
      let stopped = false;
      /** Whether the config turned it on (known at ready; no change comes before). */
      let enabled = false;
      /** The code could not be had: changes still go to `onEarly` (a later page may send them). */
      let failed = false;
      const stopKeeping = api.on('change', (detail) => {
        if (!enabled) return;
        if (onEarly?.(api, win, context, detail) === true || failed) return;
        waiting.push(detail);
      });
      const forget = (): void => {
        stopKeeping();
        waiting = [];
      };
      // Ready comes once (at once when attached late).
      const offReady = api.on('ready', () => {
        if (!isEnabled(api, name)) {
          forget();
          return;
        }
        enabled = true;
        void load(api).then((factory) => {
          if (stopped) return;
          if (factory === undefined) {
            failed = true;
            waiting = [];
            return;
          }
          const handOver = waiting;
          forget();
          detach = factory().attach(replaying(api, handOver), win, context);
        });
      });
      return () => {
        stopped = true;
        offReady();
        forget();
        detach?.();
      };
    },
  };
}

/** The API as it is, except that a `change` listener first gets the changes that came before it. */
function replaying(api: ConsentApi, earlier: readonly ChangeDetail[]): ConsentApi {
  return new Proxy(api, {
    get(target, property) {
      if (property === 'on') {
        const on: ConsentApi['on'] = (type, listener) => {
          if (type === 'change' || type === 'consent-change') for (const detail of earlier) (listener as (detail: ChangeDetail) => void)(detail);
          return target.on(type, listener);
        };
        return on;
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

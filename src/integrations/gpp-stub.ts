/**
 * The IAB Global Privacy Platform's stub: a `__gpp` function that queues calls until the GPP add-on
 * (which answers them) has loaded, and answers `ping` at once with the stub's status. Installed by the
 * main script when the config has `gpp`, unless the page already has a `__gpp` (its own stub, which
 * then also answers the page's frames). Also answers `__gpp` calls that ad frames post to this page,
 * which they find by the hidden `__gppLocator` frame it adds (see `answerFrames`).
 */
export function installGppStub(win: Window, cmpId: number): void {
  const holder = win as unknown as { __gpp?: unknown };
  if (typeof holder.__gpp === 'function') return;
  const queue: unknown[][] = [];
  holder.__gpp = (...args: unknown[]): unknown => {
    // Called without arguments (by the add-on as it takes over): the calls waiting for it.
    if (args.length === 0) return queue;
    const [command, callback] = args;
    // Listeners the stub registered itself (it registers none: addEventListener calls wait in the queue).
    if (command === 'events') return [];
    if (command !== 'ping') {
      queue.push(args);
      return undefined;
    }
    const ping = {
      gppVersion: '1.1',
      cmpStatus: 'stub',
      cmpDisplayStatus: 'hidden',
      signalStatus: 'not ready',
      supportedAPIs: [],
      cmpId,
      sectionList: [],
      applicableSections: [-1],
      gppString: '',
      parsedSections: {},
    };
    if (typeof callback === 'function') (callback as (data: unknown, success: boolean) => void)(ping, true);
    return ping;
  };
  answerFrames(win);
}

/** Where the page keeps the function that stops answering frames (shared by the main file and the add-on's file). */
const FRAMES_KEY = Symbol.for('consent-banner.gpp-frames');

/** A `__gppCall` message's content. */
interface GppCall {
  readonly command?: unknown;
  readonly parameter?: unknown;
  readonly callId?: unknown;
}

/**
 * GPP across frames, as IAB's CMP API specifies it: ad tags run in frames of their own (often of
 * another origin) and cannot call `__gpp`; they look for a frame named `__gppLocator` up their
 * parent chain and post `{ __gppCall: { command, parameter, callId } }` to the window that has it.
 * Each answer goes back to the asking frame as `{ __gppReturn: { returnValue, success, callId } }`
 * (a JSON string when the call was one; an event listener's answers keep coming). Whatever answers
 * `__gpp` at the time (the stub, then IAB's library) answers the frames too.
 */
function answerFrames(win: Window): void {
  const holder = win as unknown as { [FRAMES_KEY]?: () => void; __gpp?: unknown };
  if (holder[FRAMES_KEY] !== undefined) return;
  const doc = win.document;
  let locator: HTMLIFrameElement | null = null;
  let waiting = 0;
  const addLocator = (): void => {
    if (locator !== null) return;
    const body = doc.body as HTMLElement | null;
    if (body === null) {
      // Our script runs in <head>: the frame goes in as soon as there is a body.
      waiting = win.setTimeout(addLocator, 10);
      return;
    }
    locator = doc.createElement('iframe');
    locator.name = '__gppLocator';
    locator.title = 'GPP locator';
    locator.style.display = 'none';
    body.append(locator);
  };
  const onMessage = (event: MessageEvent): void => {
    const given: unknown = event.data;
    const asString = typeof given === 'string';
    let data = given;
    if (asString) {
      if (!given.includes('__gppCall')) return;
      try {
        data = JSON.parse(given);
      } catch {
        return;
      }
    }
    const found: unknown = typeof data === 'object' && data !== null ? (data as { __gppCall?: unknown }).__gppCall : undefined;
    const source = event.source as Window | null;
    if (typeof found !== 'object' || found === null || source === null || typeof holder.__gpp !== 'function') return;
    const call = found as GppCall;
    const gpp = holder.__gpp as (command: unknown, callback: (returnValue: unknown, success: boolean) => void, parameter: unknown) => unknown;
    gpp(
      call.command,
      (returnValue, success) => {
        const answer = { __gppReturn: { returnValue, success, callId: call.callId } };
        try {
          source.postMessage(asString ? JSON.stringify(answer) : answer, '*');
        } catch {
          // The frame went away, or its answer cannot be copied: nothing to tell.
        }
      },
      call.parameter,
    );
  };
  win.addEventListener('message', onMessage);
  addLocator();
  Object.defineProperty(holder, FRAMES_KEY, {
    configurable: true,
    value: () => {
      win.removeEventListener('message', onMessage);
      win.clearTimeout(waiting);
      locator?.remove();
      Reflect.deleteProperty(holder, FRAMES_KEY);
    },
  });
}

/** Stops answering frames and takes the `__gppLocator` frame away (on detach). */
export function stopAnsweringFrames(win: Window): void {
  (win as unknown as { [FRAMES_KEY]?: () => void })[FRAMES_KEY]?.();
}

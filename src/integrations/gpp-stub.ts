/**
 * The IAB Global Privacy Platform's stub: a `__gpp` function that queues calls until the GPP add-on
 * (which answers them) has loaded, and answers `ping` at once with the stub's status. Installed by the
 * main script when the config has `gpp`, unless the page already has a `__gpp` (its own stub).
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
}

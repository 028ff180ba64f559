import { reason, type Say } from './say.js';

/** A typed set of listeners per event name. A listener that throws is reported and the others still run. */
export interface Emitter<Events> {
  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(event: K, listener: (detail: Events[K]) => void): () => void;
  /** Calls every listener of the event, in the order they were added. */
  emit<K extends keyof Events>(event: K, detail: Events[K]): void;
  /** Calls one listener as `emit` would (an error is reported), without adding it. */
  call<K extends keyof Events>(event: K, listener: (detail: Events[K]) => void, detail: Events[K]): void;
  /** Removes every listener. */
  clear(): void;
}

/** Makes an emitter whose listener errors are said. */
export function createEmitter<Events>(say: Say): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(detail: never) => void>>();
  const call = <K extends keyof Events>(event: K, listener: (detail: Events[K]) => void, detail: Events[K]): void => {
    try {
      listener(detail);
    } catch (error) {
      say.error('listenerThrew', String(event), reason(error));
    }
  };
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
      }
      // Wrap so the same function added twice is called twice, and removing one removes one.
      const entry = (detail: never): void => {
        listener(detail);
      };
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit<K extends keyof Events>(event: K, detail: Events[K]) {
      const set = listeners.get(event);
      if (set === undefined) return;
      for (const listener of [...set]) call(event, listener as (value: Events[K]) => void, detail);
    },
    call,
    clear() {
      listeners.clear();
    },
  };
}

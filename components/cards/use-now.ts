import { useState, useSyncExternalStore } from "react";

// A clock as an external store: read on the client only (null while server rendering and hydrating).
function createClock(everyMs: number) {
  let now: number | null = null;
  const listeners = new Set<() => void>();
  const touch = () => {
    now = Date.now();
    listeners.forEach((l) => l());
    return now;
  };
  return {
    get: () => (now ??= Date.now()),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      const id = setInterval(touch, everyMs);
      return () => {
        listeners.delete(listener);
        clearInterval(id);
      };
    },
    touch,
  };
}

/**
 * The current time for scheduling: null on the server and during hydration, then refreshed every
 * `everyMs` so learning cards come due on screen; `touch()` refreshes it at once after an action.
 */
export function useNow(everyMs = 15_000): { now: number | null; touch: () => number } {
  const [clock] = useState(() => createClock(everyMs));
  const now = useSyncExternalStore(clock.subscribe, clock.get, () => null);
  return { now, touch: clock.touch };
}

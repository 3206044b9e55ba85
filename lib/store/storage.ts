/** Where the store keeps its bytes: localStorage in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory storage; `quotaBytes` makes writes beyond that size throw like a full browser storage. */
export function memoryStorage(
  initial: Record<string, string> = {},
  quotaBytes = Infinity,
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      let size = v.length;
      for (const [key, val] of data) if (key !== k) size += val.length;
      if (size > quotaBytes) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

/** The browser's localStorage, or an in-memory one where it cannot be used (private mode, server). */
export function browserStorage(): KeyValueStorage {
  try {
    const ls = globalThis.localStorage;
    const probe = "factdeck:probe";
    ls.setItem(probe, "1");
    ls.removeItem(probe);
    return ls;
  } catch {
    return memoryStorage();
  }
}

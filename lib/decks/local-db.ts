/**
 * Where decks saved in this browser live: IndexedDB (a few hundred decks of up to 100,000
 * characters each would not fit in localStorage's ~5 MB). Two object stores, written in one
 * transaction: full decks, and the small summaries the home page lists.
 */
export interface LocalDeckStore {
  /**
   * Every id either store holds, with its summary as stored (undefined when there is none): a summary that is
   * damaged or missing still shows its deck's id, so the deck can be rebuilt or deleted (`salvageSummaries`).
   */
  listEntries(): Promise<StoredEntry[]>;
  getDeck(id: string): Promise<unknown>;
  put(id: string, deck: unknown, summary: unknown): Promise<void>;
  remove(id: string): Promise<void>;
}

/** One id of the deck store and its summary as stored. */
export interface StoredEntry {
  id: string;
  /** Absent when the deck has no summary at all. */
  summary?: unknown;
}

/** What a page says when the deck store cannot be read at all. */
export const UNREADABLE_STORAGE = "This browser's storage could not be read.";

const DB_NAME = "factdeck";
const DB_VERSION = 1;
const DECKS = "decks";
const SUMMARIES = "deck-summaries";

function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A quota failure surfaces on the transaction, not the request.
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException("Transaction aborted", "AbortError"));
  });
}

let dbPromise: Promise<IDBDatabase> | undefined;
function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    const idb = globalThis.indexedDB;
    if (!idb) return reject(new DOMException("IndexedDB is not available", "NotSupportedError"));
    const req = idb.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(DECKS)) db.createObjectStore(DECKS);
      if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }).catch((err) => {
    dbPromise = undefined; // let a later call try again
    throw err;
  });
  return dbPromise;
}

/**
 * False when this browser surely has no deck database yet (nothing was ever saved): reading then needs no
 * database, and opening one would create it, which takes a while on a first visit. True when unsure.
 */
async function mayHaveDb(): Promise<boolean> {
  if (dbPromise) return true;
  const idb = globalThis.indexedDB;
  if (typeof idb?.databases !== "function") return true;
  try {
    return (await idb.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}

/** The browser's IndexedDB deck store (opened lazily on first use; only saving creates it). */
export function indexedDbDeckStore(): LocalDeckStore {
  return {
    async listEntries() {
      if (!(await mayHaveDb())) return [];
      const tx = (await openDb()).transaction([DECKS, SUMMARIES]);
      const summaries = tx.objectStore(SUMMARIES);
      // getAll and getAllKeys list a store in key order; then the decks without a summary.
      const [keys, values, decks] = await Promise.all(
        [summaries.getAllKeys(), summaries.getAll(), tx.objectStore(DECKS).getAllKeys()].map(promisify),
      );
      // Ids are strings: the app puts every deck under its id.
      const out = keys!.map((id, i): StoredEntry => ({ id: id as string, summary: values![i] }));
      for (const id of decks!) if (!keys!.includes(id)) out.push({ id: id as string });
      return out;
    },
    async getDeck(id) {
      if (!(await mayHaveDb())) return undefined;
      const db = await openDb();
      return promisify(db.transaction(DECKS, "readonly").objectStore(DECKS).get(id));
    },
    async put(id, deck, summary) {
      const db = await openDb();
      const tx = db.transaction([DECKS, SUMMARIES], "readwrite");
      tx.objectStore(DECKS).put(deck, id);
      tx.objectStore(SUMMARIES).put(summary, id);
      await done(tx);
    },
    async remove(id) {
      const db = await openDb();
      const tx = db.transaction([DECKS, SUMMARIES], "readwrite");
      tx.objectStore(DECKS).delete(id);
      tx.objectStore(SUMMARIES).delete(id);
      await done(tx);
    },
  };
}

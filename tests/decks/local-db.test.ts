import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import type { LocalDeckStore } from "@/lib/decks/local-db";
import { loadSavedDecks } from "@/lib/decks/load-saved-decks";
import { parseSummaries } from "@/lib/decks/local-summary";
import { sampleDeck } from "../create/fixtures";

// The real IndexedDB code of lib/decks/local-db.ts (the browser's deck store), run on fake-indexeddb, an
// implementation of the IndexedDB API in memory: the other deck tests use the in-memory double instead.

const now = Date.UTC(2026, 10, 25, 12);
const id = "my-harbourton-tram-0001";

// Each test gets an empty IndexedDB and a fresh copy of the module (it keeps its open database in a module variable).
let indexedDbDeckStore: () => LocalDeckStore;
let local: typeof import("@/lib/decks/local-decks");
beforeEach(async () => {
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.resetModules();
  ({ indexedDbDeckStore } = await import("@/lib/decks/local-db"));
  local = await import("@/lib/decks/local-decks");
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The names of the databases in the fake IndexedDB. */
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

/** Reads one object store of the saved database directly, apart from the code under test. */
async function readStore(name: string): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open("factdeck");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const store = db.transaction(name).objectStore(name);
  const get = <T>(req: IDBRequest<T>) => new Promise<T>((resolve) => (req.onsuccess = () => resolve(req.result)));
  const result = { keys: await get(store.getAllKeys()), values: await get(store.getAll()) };
  db.close();
  return result;
}

describe("the IndexedDB deck store (fake-indexeddb)", () => {
  it("reads nothing and creates no database before the first save", async () => {
    const store = indexedDbDeckStore();
    expect(await store.listEntries()).toEqual([]);
    expect(await store.getDeck(id)).toBeUndefined();
    expect(await databases()).toEqual([]);
  });

  it("saves a deck and its summary in the two object stores, and reads them back", async () => {
    const store = indexedDbDeckStore();
    expect(await local.saveLocalDeck(store, sampleDeck(), now)).toEqual({ ok: true });
    expect(await databases()).toEqual(["factdeck"]);
    const decks = await readStore("decks");
    const summaries = await readStore("deck-summaries");
    expect(decks).toEqual({ keys: [id], values: [sampleDeck()] });
    expect(summaries.keys).toEqual([id]);
    expect(parseSummaries(summaries.values)).toMatchObject([
      { id, title: "Harbourton votes for a tram", savedAt: now, questionCount: 4 },
    ]);

    // A new page (a fresh module, the same database) reads it back.
    vi.resetModules();
    const again = (await import("@/lib/decks/local-db")).indexedDbDeckStore();
    expect(await local.loadLocalDeck(again, id)).toEqual({ status: "ready", deck: sampleDeck() });
    expect(await local.loadAllLocalDecks(again, now)).toEqual({
      status: "ready",
      decks: [sampleDeck()],
      unreadable: 0,
    });
    const loaded = await loadSavedDecks(again, () => import("@/lib/decks/local-decks"), now);
    expect(loaded).toEqual({ status: "ready", decks: [sampleDeck()], unreadable: 0 });
  });

  it("replaces a deck saved again under its id, and removes both records", async () => {
    const store = indexedDbDeckStore();
    await local.saveLocalDeck(store, sampleDeck(), now);
    await local.saveLocalDeck(store, sampleDeck("my-other-deck-0002"), now + 1);
    const edited = { ...sampleDeck(), article: { ...sampleDeck().article, title: "Harbourton's tram, edited" } };
    await local.saveLocalDeck(store, edited, now + 2);
    expect(parseSummaries((await store.listEntries()).map((e) => e.summary)).map((s) => [s.id, s.title])).toEqual([
      [id, "Harbourton's tram, edited"],
      ["my-other-deck-0002", "Harbourton votes for a tram"],
    ]);
    expect(await store.getDeck(id)).toEqual(edited);

    await store.remove(id);
    expect(await store.getDeck(id)).toBeUndefined();
    expect((await readStore("decks")).keys).toEqual(["my-other-deck-0002"]);
    expect((await readStore("deck-summaries")).keys).toEqual(["my-other-deck-0002"]);
    expect(await local.loadLocalDeck(store, id)).toEqual({ status: "missing" });
  });

  it("keeps neither record when the transaction is aborted for a full disk, and says the storage is full", async () => {
    // A browser out of quota aborts the write's transaction with a QuotaExceededError (not the request):
    // here the summary's write aborts it, after the deck's write was made in the same transaction.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      if (this.name === "deck-summaries") {
        (this.transaction as unknown as { _abort(name: string): void })._abort("QuotaExceededError");
      }
      return request;
    });
    const store = indexedDbDeckStore();
    await expect(store.put(id, sampleDeck(), {})).rejects.toMatchObject({ name: "QuotaExceededError" });
    const result = await local.saveLocalDeck(store, sampleDeck(), now);
    expect(result).toMatchObject({ ok: false, reason: "quota" });
    vi.restoreAllMocks();
    expect(await readStore("decks")).toEqual({ keys: [], values: [] });
    expect(await store.listEntries()).toEqual([]);
  });

  it("reports a stored deck that fails the schema as damaged, and counts it apart", async () => {
    const store = indexedDbDeckStore();
    await local.saveLocalDeck(store, sampleDeck(), now);
    await local.saveLocalDeck(store, sampleDeck("my-other-deck-0002"), now);
    await store.put(
      "my-other-deck-0002",
      { id: "my-other-deck-0002", questions: "nope" },
      (await store.listEntries())[1]!.summary,
    );
    expect((await local.loadLocalDeck(store, "my-other-deck-0002")).status).toBe("corrupt");
    expect(await local.loadAllLocalDecks(store, now)).toEqual({
      status: "ready",
      decks: [sampleDeck()],
      unreadable: 1,
    });
  });

  it("says storage is unavailable when IndexedDB cannot be opened, and opens it on a later try", async () => {
    const factory = indexedDB;
    vi.stubGlobal("indexedDB", undefined);
    const store = indexedDbDeckStore();
    expect(await local.saveLocalDeck(store, sampleDeck(), now)).toMatchObject({ ok: false, reason: "unavailable" });
    await expect(store.listEntries()).rejects.toMatchObject({ name: "NotSupportedError" });
    vi.stubGlobal("indexedDB", factory);
    expect(await local.saveLocalDeck(store, sampleDeck(), now)).toEqual({ ok: true });
    expect(await local.loadLocalDeck(store, id)).toMatchObject({ status: "ready" });
  });
});

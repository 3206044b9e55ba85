import { describe, expect, it } from "vitest";
import { memoryDeckStore } from "./memory-deck-store";
import { loadSavedDecks } from "@/lib/decks/load-saved-decks";
import { UNREADABLE_STORAGE } from "@/lib/decks/local-db";
import { readDeckList } from "@/lib/decks/deck-list";
import {
  isQuotaError,
  loadAllLocalDecks,
  loadLocalDeck,
  salvageSummaries,
  saveLocalDeck,
} from "@/lib/decks/local-decks";
import fc from "fast-check";
import {
  isLocalDeckId,
  isLocalDeckSummary,
  parseSummaries,
  summarizeDeck,
  toLocalDeckId,
} from "@/lib/decks/local-summary";
import { localDeckSummarySchema } from "@/lib/schemas/local-deck-summary";
import { sampleDeck } from "./fixtures";

const now = Date.UTC(2026, 10, 25, 12);

describe("local deck repository", () => {
  it("saves, lists and loads a deck", async () => {
    const store = memoryDeckStore();
    expect(await saveLocalDeck(store, sampleDeck(), now)).toEqual({ ok: true });
    const list = parseSummaries(await store.listSummaries());
    expect(list).toEqual([
      {
        id: "my-harbourton-tram-0001",
        title: "Harbourton votes for a tram",
        source: "Test Gazette",
        publishedAt: "2026-11-24",
        savedAt: now,
        questionCount: 4,
        byType: [
          { type: "multiple-choice", count: 1 },
          { type: "true-false", count: 1 },
          { type: "cloze", count: 1 },
          { type: "numeric", count: 1 },
        ],
      },
    ]);
    expect(await loadLocalDeck(store, "my-harbourton-tram-0001")).toEqual({ status: "ready", deck: sampleDeck() });
  });

  it("holds a few hundred decks", async () => {
    const store = memoryDeckStore();
    for (let i = 0; i < 300; i++)
      await saveLocalDeck(store, sampleDeck(`my-deck-${String(i).padStart(4, "0")}`), now + i);
    const list = parseSummaries(await store.listSummaries());
    expect(list).toHaveLength(300);
    expect(list[0]?.id).toBe("my-deck-0299");
  });

  it("reports an unknown id as missing and a damaged deck as corrupt", async () => {
    const store = memoryDeckStore();
    expect(await loadLocalDeck(store, "no-such-deck")).toEqual({ status: "missing" });
    await store.put("bad-deck", { id: "bad-deck", questions: "nope" }, {});
    expect((await loadLocalDeck(store, "bad-deck")).status).toBe("corrupt");
  });

  it("says storage is full and keeps nothing half-written", async () => {
    const store = memoryDeckStore(1000);
    const r = await saveLocalDeck(store, sampleDeck(), now);
    expect(r).toMatchObject({ ok: false, reason: "quota" });
    expect(!r.ok && r.message).toMatch(/full.*draft is kept/);
    expect(await store.listSummaries()).toEqual([]);
  });

  it("refuses an invalid or empty deck", async () => {
    const store = memoryDeckStore();
    expect(await saveLocalDeck(store, { ...sampleDeck(), questions: [] }, now)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await saveLocalDeck(store, { ...sampleDeck(), id: "UPPER" }, now)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    // A valid deck id without the local prefix would take a built-in deck's address.
    expect(await saveLocalDeck(store, { ...sampleDeck(), id: "harbourton-tram-0001" }, now)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("skips summaries that are not valid", () => {
    const good = summarizeDeck(sampleDeck(), now);
    expect(parseSummaries([good, { id: "x" }, null, { ...good, questionCount: -1 }])).toEqual([good]);
  });

  it("recognises quota errors", () => {
    expect(isQuotaError(new DOMException("full", "QuotaExceededError"))).toBe(true);
    expect(isQuotaError(new Error("other"))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe("loadAllLocalDecks", () => {
  it("loads every saved deck, newest first, and counts a damaged one instead of showing it", async () => {
    const store = memoryDeckStore();
    await saveLocalDeck(store, sampleDeck("my-older-0001"), now);
    await saveLocalDeck(store, sampleDeck("my-newer-0002"), now + 1);
    await store.put(
      "my-broken-0003",
      { id: "my-broken-0003", questions: "nope" },
      summarizeDeck(sampleDeck("my-broken-0003"), now + 2),
    );
    const r = await loadAllLocalDecks(store, now);
    expect(r.status).toBe("ready");
    expect(r.status === "ready" && r.decks.map((d) => d.id)).toEqual(["my-newer-0002", "my-older-0001"]);
    expect(r.status === "ready" && r.unreadable).toBe(1);
  });

  it("is ready and empty with no saved deck, and unavailable when storage cannot be read", async () => {
    expect(await loadAllLocalDecks(memoryDeckStore(), now)).toEqual({ status: "ready", decks: [], unreadable: 0 });
    const broken = { ...memoryDeckStore(), listEntries: () => Promise.reject(new Error("blocked")) };
    expect((await loadAllLocalDecks(broken, now)).status).toBe("unavailable");
  });
});

describe("a damaged deck summary (issue 12, item 19)", () => {
  const code = async () => ({ salvageSummaries });
  const summaryOf = async (store: ReturnType<typeof memoryDeckStore>, id: string) =>
    parseSummaries(await store.listSummaries()).find((s) => s.id === id);

  it.each([
    ["not an object", "garbage"],
    ["a field of the wrong type", { ...summarizeDeck(sampleDeck("my-hidden-0002"), now + 1), questionCount: "four" }],
    ["another deck's id", summarizeDeck(sampleDeck("my-other-0009"), now + 1)],
    ["missing", undefined],
  ])("summary %s: the deck is listed, reviewed and its summary rebuilt", async (_, bad) => {
    const store = memoryDeckStore();
    await saveLocalDeck(store, sampleDeck("my-fine-0001"), now);
    await saveLocalDeck(store, sampleDeck("my-hidden-0002"), now + 1);
    await store.put("my-hidden-0002", sampleDeck("my-hidden-0002"), bad);
    // Before: the home page listed only the summaries that read, so the deck was nowhere, and not deletable.
    expect(parseSummaries(await store.listSummaries()).map((s) => s.id)).not.toContain("my-hidden-0002");

    const list = await readDeckList(store, code, now + 5);
    expect(list.damaged).toEqual([]);
    expect(list.decks.map((d) => d.id).sort()).toEqual(["my-fine-0001", "my-hidden-0002"]);
    const all = await loadAllLocalDecks(store, now);
    expect(all).toMatchObject({ status: "ready", unreadable: 0 });
    expect(all.status === "ready" && all.decks.map((d) => d.id).sort()).toEqual(["my-fine-0001", "my-hidden-0002"]);
    // Rebuilt from the deck and saved: the next read needs no repair.
    expect(await summaryOf(store, "my-hidden-0002")).toEqual(
      summarizeDeck(sampleDeck("my-hidden-0002"), typeof bad === "object" && bad ? now + 1 : now + 5),
    );
    expect(
      (
        await readDeckList(
          store,
          async () => {
            throw new Error("not needed");
          },
          now,
        )
      ).decks,
    ).toHaveLength(2);
  });

  it("a damaged deck with a damaged summary is listed as damaged, counted left out, and can be deleted", async () => {
    const store = memoryDeckStore();
    await saveLocalDeck(store, sampleDeck("my-fine-0001"), now);
    await store.put("my-broken-0003", { id: "my-broken-0003", questions: "nope" }, { title: 7 });
    const list = await readDeckList(store, code, now);
    expect(list).toEqual({ decks: [summarizeDeck(sampleDeck("my-fine-0001"), now)], damaged: ["my-broken-0003"] });
    expect(await loadAllLocalDecks(store, now)).toMatchObject({ status: "ready", unreadable: 1 });
    await store.remove("my-broken-0003");
    expect(await readDeckList(store, code, now)).toEqual({
      decks: [summarizeDeck(sampleDeck("my-fine-0001"), now)],
      damaged: [],
    });
    expect(await loadAllLocalDecks(store, now)).toMatchObject({ status: "ready", unreadable: 0 });
  });

  it("a summary that cannot be written back still lists its deck", async () => {
    const store = memoryDeckStore();
    await saveLocalDeck(store, sampleDeck("my-hidden-0002"), now);
    await store.put("my-hidden-0002", sampleDeck("my-hidden-0002"), null);
    const readOnly = { ...store, put: () => Promise.reject(new DOMException("full", "QuotaExceededError")) };
    expect((await readDeckList(readOnly, code, now)).decks.map((d) => d.id)).toEqual(["my-hidden-0002"]);
  });
});

describe("loadSavedDecks", () => {
  const code = () => {
    const calls = { n: 0 };
    return { calls, load: async () => (calls.n++, { loadAllLocalDecks }) };
  };

  it("does not load the validation code when no deck is saved, nor when storage cannot be read", async () => {
    const c = code();
    expect(await loadSavedDecks(memoryDeckStore(), c.load, now)).toEqual({ status: "ready", decks: [], unreadable: 0 });
    const broken = { ...memoryDeckStore(), listEntries: () => Promise.reject(new Error("blocked")) };
    expect(await loadSavedDecks(broken, c.load, now)).toEqual({ status: "unavailable", message: UNREADABLE_STORAGE });
    expect(c.calls.n).toBe(0);
  });

  it("loads it, then every deck validated, once a deck is saved", async () => {
    const store = memoryDeckStore();
    await saveLocalDeck(store, sampleDeck("my-only-0001"), now);
    await store.put("my-broken-0002", { id: "my-broken-0002" }, summarizeDeck(sampleDeck("my-broken-0002"), now + 1));
    const c = code();
    const r = await loadSavedDecks(store, c.load, now);
    expect(c.calls.n).toBe(1);
    expect(r).toMatchObject({ status: "ready", unreadable: 1 });
    expect(r.status === "ready" && r.decks.map((d) => d.id)).toEqual(["my-only-0001"]);
  });
});

describe("isLocalDeckSummary agrees with localDeckSummarySchema", () => {
  const good = summarizeDeck(sampleDeck(), now);
  const field = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(
      "2026-11-24",
      "2024-02-29",
      "2025-02-29",
      "2025-02-31",
      "0000-00-00",
      "abcd-1234",
      "multiple-choice",
      "cloze",
      "Nope",
    ),
    fc.array(
      fc.record({
        type: fc.constantFrom("cloze", "numeric", "bogus"),
        count: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
      }),
      { maxLength: 3 },
    ),
  );
  const keys = ["id", "title", "source", "publishedAt", "savedAt", "questionCount", "byType"] as const;
  it("on mutations of a valid summary and on arbitrary values", () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), field, (key, value) => {
        const x = { ...good, [key]: value };
        expect(isLocalDeckSummary(x)).toBe(localDeckSummarySchema.safeParse(x).success);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(isLocalDeckSummary(x)).toBe(localDeckSummarySchema.safeParse(x).success);
      }),
    );
    expect(isLocalDeckSummary(good)).toBe(true);
  });
});

describe("local deck ids", () => {
  it("prefix the generated id, keep its hash end, and fit the deck id format", () => {
    expect(toLocalDeckId("vellmar-flood-3eb832bd")).toBe("my-vellmar-flood-3eb832bd");
    expect(toLocalDeckId("my-already-0001")).toBe("my-already-0001");
    const long = `${"a".repeat(70)}-3eb832bd`;
    const id = toLocalDeckId(long);
    expect(id).toHaveLength(80);
    expect(id.endsWith("-3eb832bd")).toBe(true);
    expect(isLocalDeckId(id)).toBe(true);
    // Cut at a dash: no double dash after the prefix.
    expect(toLocalDeckId(`abc-${"d".repeat(76)}`)).toBe(`my-${"d".repeat(76)}`);
  });

  it("are told apart from built-in ids", () => {
    expect(isLocalDeckId("my-vellmar-flood-3eb832bd")).toBe(true);
    expect(isLocalDeckId("london-defence-summit-0000")).toBe(false);
    expect(isLocalDeckId("my-UPPER")).toBe(false);
  });
});

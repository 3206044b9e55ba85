import { describe, expect, it } from "vitest";
import { memoryDeckStore } from "@/lib/decks/local-db";
import { isQuotaError, loadLocalDeck, saveLocalDeck } from "@/lib/decks/local-decks";
import fc from "fast-check";
import { isLocalDeckSummary, parseSummaries, summarizeDeck } from "@/lib/decks/local-summary";
import { localDeckSummarySchema } from "@/lib/decks/local-summary-schema";
import { sampleDeck } from "./fixtures";

const now = Date.UTC(2026, 10, 25, 12);

describe("local deck repository", () => {
  it("saves, lists and loads a deck", async () => {
    const store = memoryDeckStore();
    expect(await saveLocalDeck(store, sampleDeck(), now)).toEqual({ ok: true });
    const list = parseSummaries(await store.listSummaries());
    expect(list).toEqual([
      {
        id: "harbourton-tram-0001", title: "Harbourton votes for a tram", source: "Test Gazette", publishedAt: "2026-11-24",
        savedAt: now, questionCount: 4,
        byType: [
          { type: "multiple-choice", count: 1 }, { type: "true-false", count: 1 }, { type: "cloze", count: 1 }, { type: "numeric", count: 1 },
        ],
      },
    ]);
    expect(await loadLocalDeck(store, "harbourton-tram-0001")).toEqual({ status: "ready", deck: sampleDeck() });
  });

  it("holds a few hundred decks", async () => {
    const store = memoryDeckStore();
    for (let i = 0; i < 300; i++) await saveLocalDeck(store, sampleDeck(`deck-${String(i).padStart(4, "0")}`), now + i);
    const list = parseSummaries(await store.listSummaries());
    expect(list).toHaveLength(300);
    expect(list[0]?.id).toBe("deck-0299");
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
    expect(await saveLocalDeck(store, { ...sampleDeck(), questions: [] }, now)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await saveLocalDeck(store, { ...sampleDeck(), id: "UPPER" }, now)).toMatchObject({ ok: false, reason: "invalid" });
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

describe("isLocalDeckSummary agrees with localDeckSummarySchema", () => {
  const good = summarizeDeck(sampleDeck(), now);
  const field = fc.oneof(
    fc.string(), fc.integer(), fc.double(), fc.constant(undefined), fc.constant(null), fc.boolean(),
    fc.constantFrom("2026-11-24", "abcd-1234", "multiple-choice", "cloze", "Nope"),
    fc.array(fc.record({ type: fc.constantFrom("cloze", "numeric", "bogus"), count: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()) }), { maxLength: 3 }),
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

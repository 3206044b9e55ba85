// Issue 12, "Data loss" (items 2, 4–8) and "reading salvages": what hostile use found could wipe or lock a
// learner's progress. Each case ends with everything the user did still there (or kept in a backup), and no
// write that replaces it unseen. Items 1 and 3: write-limits.test.ts; item 9: e2e/data-loss.spec.ts.
import { describe, expect, it } from "vitest";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { PROGRESS_BACKUP_KEY } from "@/lib/store/progress-slice";
import { MAX_BACKUPS } from "@/lib/store/backups";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { openProgressToForget } from "@/components/saved-decks/forget-progress";
import { DAY, DECK, STORE_NAME, T0, openTab, richSave, startQuiz, storageWith, spoiledProgressFile } from "./helpers";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import { delayedStorage } from "./delayed-tabs";

const backups = (kv: { getItem(k: string): string | null }) =>
  Array.from({ length: 20 }, (_, i) => kv.getItem(`${STORE_NAME}:backup:${i + 1}`)).filter((v) => v !== null);

describe("a tab whose saves this tab cannot read", () => {
  it("is never answered with a write: no storm, and its saves are kept in a few backups, each once", async () => {
    const net = delayedStorage({ [STORE_NAME]: await richSave() });
    const a = await net.open();
    const other = net.view(); // an app this one cannot read, saving again each time it hears of a save
    const ownWrites = () => net.writes() - sent;
    let sent = 0;
    for (let i = 0; i < 40; i++) {
      other.kv.setItem(STORE_NAME, `{"state": {"quiz": ${i % 8}}, "version": ${PERSIST_VERSION}}`);
      sent++;
      await net.drain();
    }
    expect(ownWrites()).toBe(0);
    expect(backups(net.view().kv)).toHaveLength(MAX_BACKUPS);
    expect(new Set(backups(net.view().kv)).size).toBe(MAX_BACKUPS);
    expect(a.getState().quiz.attempts.length).toBeGreaterThan(0);
  });

  it("the same unreadable value read again is not backed up again", async () => {
    const bad = '{"state": {"quiz": 5}, "version": 3}';
    const kv = storageWith(bad);
    await openTab(kv);
    kv.setItem(STORE_NAME, bad);
    await openTab(kv);
    expect(backups(kv)).toEqual([bad]);
  });
});

describe("progress imports", () => {
  it.each([
    ["a card of deck ABC", (f: ProgressFile) => (f.cards.cards[0]!.deckId = "ABC")],
    ["a question id with a newline", (f: ProgressFile) => (f.cards.cards[0]!.questionId = "q\nmc")],
    ["a review of deck “Deck X”", (f: ProgressFile) => (f.cards.reviewLog[0]!.deckId = "Deck X")],
  ])("%s: refused, as the app could not read it back", async (_, spoil) => {
    const result = parseProgressFile(await spoiledProgressFile(spoil));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
  });

  it("the backup the saved-data notice downloads imports on Progress, its unreadable records left out", async () => {
    const saved = JSON.parse(await richSave());
    saved.state.cards.reviewLog[0].rating = 7;
    const raw = JSON.stringify(saved);
    const kv = storageWith(raw);
    const tab = await openTab(kv);
    const backup = tab.getState().readRaw(`${STORE_NAME}:backup:1`)!;
    expect(backup).toBe(raw);
    const result = parseProgressFile(backup);
    expect(result).toMatchObject({ ok: true, setAside: 1 });
    if (!result.ok) return;
    expect(result.file.quiz.attempts).toEqual(saved.state.quiz.attempts);
    expect(result.file.cards.reviewLog).toHaveLength(saved.state.cards.reviewLog.length - 1);
  });
});

describe("deleting a deck while progress cannot be changed", () => {
  it.each([
    ["unreadable", "{not json"],
    ["from a newer version", JSON.stringify({ state: {}, version: PERSIST_VERSION + 1 })],
  ])("%s: refused, and not one byte written", async (_, raw) => {
    const kv = storageWith(raw);
    const before = JSON.stringify([...kv.data]);
    expect(await openProgressToForget(kv)).toBeNull();
    expect(JSON.stringify([...kv.data])).toBe(before);
  });

  it("readable: the deck's progress is forgotten, other progress kept", async () => {
    const kv = storageWith(await richSave());
    const progress = await openProgressToForget(kv);
    expect(progress!.forget(DECK)).toBe(true);
    const tab = await openTab(kv);
    expect(tab.getState().quiz.attempts).toEqual([]);
    expect(tab.getState().cards.reviewLog).toEqual([]);
  });
});

describe("reset and import", () => {
  it("a second reset keeps the first reset's backup, never an empty one", async () => {
    const kv = storageWith(await richSave());
    const tab = await openTab(kv);
    expect(tab.getState().resetProgress(T0 + 3 * DAY)).toBe("done");
    const first = kv.getItem(PROGRESS_BACKUP_KEY);
    expect(first).toContain("q-mc");
    expect(tab.getState().resetProgress(T0 + 4 * DAY)).toBe("done");
    expect(kv.getItem(PROGRESS_BACKUP_KEY)).toBe(first);
    // And the backup imports back what was reset.
    const result = parseProgressFile(first!);
    expect(result.ok).toBe(true);
  });

  it("with data from a newer version, reset and import refuse and write nothing", async () => {
    const kv = storageWith(JSON.stringify({ state: {}, version: PERSIST_VERSION + 1 }));
    kv.setItem(PROGRESS_BACKUP_KEY, "the backup");
    const before = JSON.stringify([...kv.data]);
    const tab = await openTab(kv);
    expect(tab.getState().resetProgress(T0)).toBe("read-only");
    const fresh = await openTab(storageWith(await richSave()));
    const file = buildProgressFile(fresh.getState().quiz, fresh.getState().cards, T0);
    expect(tab.getState().importProgress({ file, mode: "replace", now: T0 })).toBe("read-only");
    expect(tab.getState().quiz.attempts).toEqual([]);
    expect(JSON.stringify([...kv.data])).toBe(before);
  });
});

describe("reading salvages", () => {
  it("one bad record is set aside (kept in the backup) and the rest loads, with a notice", async () => {
    const saved = JSON.parse(await richSave());
    saved.state.quiz.attempts[0].startedAt = -5;
    const raw = JSON.stringify(saved);
    const kv = storageWith(raw);
    const tab = await openTab(kv);
    expect(tab.getState().meta.notices).toEqual([
      expect.objectContaining({ kind: "corrupt", setAside: 1, backupKey: `${STORE_NAME}:backup:1` }),
    ]);
    expect(kv.getItem(`${STORE_NAME}:backup:1`)).toBe(raw);
    expect(tab.getState().quiz.attempts).toEqual(saved.state.quiz.attempts.slice(1));
    expect(tab.getState().cards.reviewLog).toEqual(saved.state.cards.reviewLog);
    expect(tab.getState().quiz.active[DECK]).toEqual(saved.state.quiz.active[DECK]);
    // The salvaged state is saved, and loads back with no notice.
    startQuiz(tab, T0 + 5 * DAY);
    expect((await openTab(kv)).getState().meta.notices).toEqual([]);
  });

  it("bad settings fall back to the defaults; cards and reviews stay", async () => {
    const saved = JSON.parse(await richSave());
    saved.state.cards.settings = { dailyNewLimit: -1 };
    const tab = await openTab(storageWith(JSON.stringify(saved)));
    expect(tab.getState().cards.settings.dailyNewLimit).toBe(20);
    expect(tab.getState().cards.cards).toEqual(saved.state.cards.cards);
  });
});

// The progress slice: what changes quiz history and cards together (import, reset); forgetting a deck is
// tested in forget-deck.test.ts.
import { describe, expect, it } from "vitest";
import { STORE_NAME } from "@/lib/store/app-store";
import { PROGRESS_BACKUP_KEY } from "@/lib/store/progress-slice";
import { gradeCard } from "@/lib/srs/scheduler";
import { cardKey } from "@/lib/srs/card-key";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { fixtureDeck } from "../fixtures/cards-deck";
import { storeWith } from "./helpers";

const NOW = Date.UTC(2025, 2, 3, 9, 0);
const D = fixtureDeck.id;

/** A rehydrated store over a memory storage of `quotaBytes`, with one card graded. */
async function open(questionId = "q-mc", quotaBytes = Infinity) {
  const { kv, store } = await storeWith({}, quotaBytes);
  const s = () => store.getState();
  s().gradeCard({ deckId: D, questionId, grade: 4, now: NOW, schedule: gradeCard });
  return { kv, s };
}

describe("progress slice", () => {
  it("imports (replace or merge) after keeping a backup of what was there", async () => {
    const { s, kv } = await open("q-mc");
    const other = await open("q-num");
    const { buildProgressFile, serializeProgress } = await import("@/lib/transfer/export-progress");
    const parsed = parseProgressFile(serializeProgress(buildProgressFile(other.s().quiz, other.s().cards, NOW)));
    if (!parsed.ok) throw new Error(parsed.reason);

    expect(s().importProgress({ file: parsed.file, mode: "merge", now: NOW })).toBe("done");
    expect(Object.keys(s().cards.cards).sort()).toEqual([cardKey(D, "q-mc"), cardKey(D, "q-num")]);
    const backup = parseProgressFile(kv.getItem(PROGRESS_BACKUP_KEY)!);
    expect(backup.ok && backup.file.cards.cards.map((c) => c.questionId)).toEqual(["q-mc"]);

    expect(s().importProgress({ file: parsed.file, mode: "replace", now: NOW })).toBe("done");
    expect(Object.keys(s().cards.cards)).toEqual([cardKey(D, "q-num")]);
  });

  it("changes nothing when the backup cannot be written (storage full)", async () => {
    const { s, kv } = await open("q-mc", 1500); // room for the store, not for a backup beside it
    const before = s().cards;
    expect(kv.getItem(STORE_NAME)).not.toBeNull();
    expect(s().resetProgress(NOW)).toBe("no-room");
    expect(s().cards).toBe(before);
  });

  it("reset clears quiz history and cards, with a backup", async () => {
    const { s } = await open("q-mc");
    expect(s().resetProgress(NOW)).toBe("done");
    expect(s().cards.reviewLog).toEqual([]);
    expect(s().quiz.attempts).toEqual([]);
    expect(s().readProgressBackup()).toContain("q-mc");
  });
});

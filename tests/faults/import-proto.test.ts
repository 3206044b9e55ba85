// An imported progress file carrying `__proto__` keys: refused with a clear message, nothing changed.
import { describe, expect, it } from "vitest";
import { buildProgressFile, serializeProgress } from "@/lib/transfer/export-progress";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { DAY, STORE_NAME, T0, openTab, richSave, storageWith } from "./helpers";

async function exported() {
  const kv = storageWith(await richSave());
  const store = await openTab(kv);
  const text = serializeProgress(buildProgressFile(store.getState().quiz, store.getState().cards, T0 + 3 * DAY));
  return { kv, store, text };
}

// Places where a hostile file could put the key: the top, a record of best scores, a card, a log entry.
const injections: [string, (text: string) => string][] = [
  ["at the top level", (t) => t.replace('{\n "app"', '{"__proto__": {"polluted": true},\n "app"')],
  [
    "in the best scores",
    (t) => t.replace('"best": {', '"best": {"__proto__": {"correct": 1, "total": 1, "attemptId": "x", "at": 1},'),
  ],
  ["inside a card", (t) => t.replace('"cards": [\n   {', '"cards": [\n   {"__proto__": {"reps": 99},')],
  ["as an escaped key", (t) => t.replace('"best": {', '"best": {"\\u005f_proto__": {"polluted": true},')],
];

describe("importing a file with __proto__ keys", () => {
  it.each(injections)("%s: refused, with a message that names the key, and nothing changed", async (_, inject) => {
    const { kv, store, text } = await exported();
    const hostile = inject(text);
    expect(hostile).not.toBe(text);
    const before = kv.getItem(STORE_NAME);
    const result = parseProgressFile(hostile);
    expect(result).toEqual({ ok: false, reason: 'This file contains a forbidden key "__proto__" and was refused.' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(store.getState().quiz.best)).toBe(Object.prototype);
    expect(kv.getItem(STORE_NAME)).toBe(before);
  });

  it("the same file without the key imports, merging by id with nothing lost", async () => {
    const { store, text } = await exported();
    const fresh = await openTab(storageWith());
    const result = parseProgressFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(fresh.getState().importProgress({ file: result.file, mode: "merge", now: T0 + 4 * DAY })).toBe("done");
    expect(fresh.getState().cards.reviewLog).toEqual(store.getState().cards.reviewLog);
    expect(fresh.getState().quiz.attempts).toEqual(store.getState().quiz.attempts);
  });
});

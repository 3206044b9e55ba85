import { afterEach, expect, it, vi } from "vitest";
import { memoryStorage } from "@/lib/store/storage";

afterEach(() => {
  vi.doUnmock("@/lib/store/read-back");
  vi.resetModules();
});

it("when the read-back code fails to load, nothing is read or written and the user is told", async () => {
  vi.resetModules();
  vi.doMock("@/lib/store/read-back", () => {
    throw new Error("ChunkLoadError");
  });
  const { createAppStore, STORE_NAME } = await import("@/lib/store/app-store");
  const kv = memoryStorage({ [STORE_NAME]: "saved bytes" });
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  expect(store.getState().meta).toMatchObject({ hydrated: true, readOnly: true, notices: [{ kind: "unavailable" }] });
  store.getState().closeQuiz("fixture-deck-0001");
  store.getState().dismissNotice("unavailable");
  expect(Object.fromEntries(kv.data)).toEqual({ [STORE_NAME]: "saved bytes" });
});

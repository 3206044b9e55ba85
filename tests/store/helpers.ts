import { createAppStore, STORE_NAME } from "@/lib/store/app-store";
import { memoryStorage } from "@/lib/store/storage";
import { openTab, startFixtureQuiz } from "../faults/helpers";

export const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

/** A store over a memory storage holding `initial`, already rehydrated. */
export async function storeWith(initial: Record<string, string> = {}, quotaBytes = Infinity) {
  const kv = memoryStorage(initial, quotaBytes);
  const store = await openTab(kv);
  return { kv, store, saved: () => kv.data.get(STORE_NAME) };
}

/** Starts a practice quiz on every fixture question, in deck order for seed-independent tests. */
export function startAll(store: ReturnType<typeof createAppStore>, mode: "practice" | "test" = "practice", seed = 7) {
  return startFixtureQuiz(store, { now: T0, seed, mode });
}

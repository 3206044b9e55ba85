import { createAppStore, STORE_NAME } from "@/lib/store/app-store";
import { memoryStorage } from "@/lib/store/storage";
import { fixtureDeck } from "../fixtures/deck";

export const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

/** A store over a memory storage holding `initial`, already rehydrated. */
export async function storeWith(initial: Record<string, string> = {}, quotaBytes = Infinity) {
  const kv = memoryStorage(initial, quotaBytes);
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  return { kv, store, saved: () => kv.data.get(STORE_NAME) };
}

/** Starts a practice quiz on every fixture question, in deck order for seed-independent tests. */
export function startAll(store: ReturnType<typeof createAppStore>, mode: "practice" | "test" = "practice", seed = 7) {
  return store.getState().startQuiz({
    deck: fixtureDeck,
    settings: { count: 0, types: [...new Set(fixtureDeck.questions.map((x) => x.type))], mode },
    seed,
    now: T0,
  });
}

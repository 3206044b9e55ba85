import { createAppStore, STORE_NAME } from "@/lib/store/app-store";
import { memoryStorage, type KeyValueStorage } from "@/lib/store/storage";
import { gradeCard } from "@/lib/srs/scheduler";
import { buildProgressFile, serializeProgress } from "@/lib/transfer/export-progress";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import type { PersistedState } from "@/lib/schemas/persisted";
import { fixtureDeck, q } from "../fixtures/deck";

// Stores over an in-memory storage, each one a browser tab (or the page after a reload), and the steps a
// person takes in them: the fixture the fault, sync, store and quiz tests share.

export { STORE_NAME, fixtureDeck, q };
export const DECK = fixtureDeck.id;
export const T0 = Date.UTC(2025, 2, 3, 9, 0);
export const DAY = 86_400_000;
/** The fixture deck's question ids, in deck order. */
export const QUESTION_IDS = fixtureDeck.questions.map((x) => x.id);

export type Store = ReturnType<typeof createAppStore>;

/** What a tab saves of its state: the parts two tabs' saves are merged from. */
export const persistedOf = (s: Store) =>
  ({
    quiz: s.getState().quiz,
    cards: s.getState().cards,
    tombstones: s.getState().tombstones,
  }) satisfies PersistedState;

/** A store over `kv` (a tab, or the page after a reload), with its saved data read. */
export async function openTab(kv: KeyValueStorage) {
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  return store;
}

/** A storage with `initial` under the store's key, and quota `quotaBytes`. */
export const storageWith = (raw?: string, quotaBytes = Infinity) =>
  memoryStorage(raw === undefined ? {} : { [STORE_NAME]: raw }, quotaBytes);

/** Starts a quiz on every fixture question; whether it started. */
export function startFixtureQuiz(
  store: Store,
  { now, seed, mode }: { now: number; seed: number; mode: "practice" | "test" },
) {
  const types = [...new Set(fixtureDeck.questions.map((x) => x.type))];
  return store.getState().startQuiz({ deck: fixtureDeck, settings: { count: 0, types, mode }, seed, now });
}

/** Starts a practice quiz on every fixture question. */
export function startQuiz(store: Store, now = T0, seed = 3) {
  if (!startFixtureQuiz(store, { now, seed, mode: "practice" })) throw new Error("quiz did not start");
}

/** Answers the question on screen with `given` (the right answer when omitted), then moves on. */
export function answerCurrent(store: Store, now: number, given?: string) {
  const a = store.getState().quiz.active[DECK]!;
  const question = q(a.questionIds[a.current]!);
  store.getState().answer({ deckId: DECK, question, given: given ?? question.answer, now });
  store.getState().next({ deckId: DECK, now: now + 1 });
  return question.id;
}

/** Grades the fixture question's card. */
export function grade(store: Store, questionId: string, now: number, g: 1 | 2 | 3 | 4 = 3) {
  store.getState().gradeCard({ deckId: DECK, questionId, grade: g, now, schedule: gradeCard });
}

/** A saved state with quiz history, a quiz in progress and reviewed cards, as the app writes it. */
export async function richSave(): Promise<string> {
  const kv = storageWith();
  const store = await openTab(kv);
  startQuiz(store);
  for (let i = 0; i < fixtureDeck.questions.length; i++)
    answerCurrent(store, T0 + i * 1000, i % 2 ? "wrong" : undefined);
  store.getState().closeQuiz(DECK);
  startQuiz(store, T0 + DAY);
  answerCurrent(store, T0 + DAY + 1000);
  grade(store, "q-mc", T0 + 2 * DAY);
  grade(store, "q-tf", T0 + 2 * DAY + 1000, 1);
  return kv.getItem(STORE_NAME)!;
}

/** The progress file of `richSave`'s tab, exported at T0, changed by `spoil`, as text to import. */
export async function spoiledProgressFile(spoil: (file: ProgressFile) => void): Promise<string> {
  const tab = await openTab(storageWith(await richSave()));
  const file = structuredClone(buildProgressFile(tab.getState().quiz, tab.getState().cards, T0));
  spoil(file);
  return serializeProgress(file);
}

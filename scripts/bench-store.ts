// `tsx scripts/bench-store.ts`: how long store actions take when the saved state holds 10,000 reviews
// (1,000 cards reviewed 10 times each; the older ones folded, as the app keeps them). An action runs the slice's logic and the synchronous save
// (JSON of the whole persisted state into storage), so the time measured is what a click costs.
// Env: BENCH_LOG (entries, default 10000), BENCH_RUNS (timed runs per action, default 101).
import { performance } from "node:perf_hooks";
import { createAppStore, STORE_NAME } from "@/lib/store/app-store";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { memoryStorage } from "@/lib/store/storage";
import { emptyQuizData } from "@/lib/quiz/history";
import type { CardsData } from "@/lib/schemas/cards";
import { gradeCard } from "@/lib/srs/scheduler";
import { DAY, T0, reviewedCards } from "./bench-reviews";
import { builtinDecks } from "@/lib/decks/builtin";
import { foldPoint, foldReviews, reviewTotal } from "@/lib/srs/review-history";
import { mergeHeard, readOtherTab } from "@/lib/store/cross-tab";

const LOG = Number(process.env.BENCH_LOG ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 101);

/** Cards data with LOG review-log entries, made by the real scheduler (grades cycle Good, Good, Hard, Again, Easy). */
function bigCardsData(): CardsData {
  return reviewedCards({
    total: LOG,
    ids: (c) => [`bench-deck-${String(c % 25).padStart(2, "0")}`, `q-${c}`],
    when: (_c, r, card) => Math.max(T0 + r * DAY, card.due),
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(label: string, fn: (i: number) => void) {
  for (let i = 0; i < 5; i++) fn(-1 - i); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn(i);
    xs.push(performance.now() - t);
  }
  console.log(
    `  ${label.padEnd(50)} median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`,
  );
}

async function main() {
  // As the app keeps them: reviews older than 30 days folded into counts (lib/srs/review-history.ts).
  const all = bigCardsData();
  const cards = foldReviews(all, foldPoint(all.reviewLog, Infinity));
  const raw = JSON.stringify({ state: { quiz: emptyQuizData(), cards }, version: PERSIST_VERSION });
  console.log(
    `Store with ${reviewTotal(cards)} reviews (${cards.reviewLog.length} in full), ${Object.keys(cards.cards).length} cards (${(raw.length / 1024).toFixed(0)} KB saved), ${RUNS} runs each:`,
  );

  const loads: number[] = [];
  let store = createAppStore({ storage: memoryStorage() });
  for (let i = 0; i < 11; i++) {
    store = createAppStore({ storage: memoryStorage({ [STORE_NAME]: raw }) });
    const t = performance.now();
    await store.persist.rehydrate();
    loads.push(performance.now() - t);
  }
  if (reviewTotal(store.getState().cards) !== reviewTotal(cards) || store.getState().meta.notices.length) {
    throw new Error(`the saved state did not load as it was: ${JSON.stringify(store.getState().meta.notices)}`);
  }
  console.log(`  ${"load saved state (read, migrate, validate)".padEnd(50)} median ${median(loads).toFixed(2)} ms`);

  const s = () => store.getState();
  const later = T0 + 400 * DAY;
  time("grade a card (review + save)", (i) =>
    s().gradeCard({
      deckId: "bench-deck-00",
      questionId: `q-${(i + 1000) % 1000}`,
      grade: 3,
      now: later + i * 1000 + 10_000,
      schedule: gradeCard,
    }),
  );
  time("grade, then undo it (2 saves)", (i) => {
    s().gradeCard({
      deckId: "bench-deck-01",
      questionId: "q-1",
      grade: 3,
      now: later + 1e9 + i * 1000 + 10_000,
      schedule: gradeCard,
    });
    s().undoGrade();
  });
  time("set the daily new-card limit (+ save)", (i) => s().setDailyNewLimit(10 + (i & 1)));
  // A quiz answer on the built-in deck: start, answer, move on (the answer is what a click does).
  const deck = builtinDecks[0]!;
  const types = [...new Set(deck.questions.map((q) => q.type))];
  time("answer a quiz question, go to the next (2 saves)", (i) => {
    const now = later + 2e9 + i * 10_000;
    let a = s().quiz.active[deck.id];
    if (!a || a.finishedAt !== undefined) {
      s().startQuiz({ deck, settings: { count: 0, types, mode: "practice" }, seed: 1 + Math.abs(i), now });
      a = s().quiz.active[deck.id]!;
    }
    const question = deck.questions.find((q) => q.id === a.questionIds[a.current])!;
    s().answer({ deckId: deck.id, question, given: question.answer, now: now + 1 });
    s().next({ deckId: deck.id, now: now + 2 });
  });

  // Another tab's save heard of by a storage event: read and validate it, merge it into this tab's state (what
  // each event costs; the write back, when there is one, is a save as above).
  const ours = { quiz: s().quiz, cards: s().cards, tombstones: s().tombstones };
  const otherKv = memoryStorage({ [STORE_NAME]: JSON.stringify({ state: ours, version: PERSIST_VERSION }) });
  const other = createAppStore({ storage: otherKv });
  await other.persist.rehydrate();
  other
    .getState()
    .gradeCard({ deckId: "bench-deck-02", questionId: "q-2", grade: 3, now: later + 3e9, schedule: gradeCard });
  const heard = otherKv.getItem(STORE_NAME)!;
  time("hear another tab's save (read, validate, merge)", () => {
    const theirs = readOtherTab(heard, Date.now());
    if (!("state" in theirs) || mergeHeard(ours, theirs.state).adds)
      throw new Error("the other tab's save did not merge as expected");
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

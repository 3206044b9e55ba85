// Two tabs acting in any interleaving while localStorage carries each write to the other tab late: once
// every storage event has arrived, both tabs and a reload agree, and nothing either tab did is lost unless
// a tab deleted it.
import fc from "fast-check";
import { withUndoSteps } from "@/lib/srs/undo";
import { describe, expect, it } from "vitest";
import {
  DAY,
  DECK,
  QUESTION_IDS,
  STORE_NAME,
  T0,
  answerCurrent,
  grade,
  openTab,
  richSave,
  startQuiz,
  storageWith,
  type Store,
} from "../faults/helpers";
import { delayedStorage } from "../faults/delayed-tabs";

const tab = fc.constantFrom(0, 1);
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("answer" as const), tab, right: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("grade" as const),
      tab,
      q: fc.constantFrom(...QUESTION_IDS),
      g: fc.constantFrom(1 as const, 3 as const, 4 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("quit" as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("start" as const), tab, seed: fc.nat(50) }) },
  // A storage event reaching the tab: the oldest write of the other tab it has not heard of.
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("deliver" as const), tab }) },
);

// What is saved of a tab, without its undo (each tab keeps its own) and without a finished quiz's results
// screen: a quiz finished in one tab stays on that tab's screen (and a reload's) but is not pushed onto the
// other tab's; it is in the history of all of them, which the test checks apart.
const inProgress = <A extends { finishedAt?: number }>(active: Record<string, A>) =>
  Object.fromEntries(Object.entries(active).filter(([, a]) => a.finishedAt === undefined));
const data = (s: Store) => ({
  quiz: { ...s.getState().quiz, active: inProgress(s.getState().quiz.active) },
  cards: withUndoSteps(s.getState().cards, []),
  tombstones: s.getState().tombstones,
});

describe("two tabs with late storage events (fast-check)", () => {
  it("converge with both tabs' work, lose nothing not deleted, and stop writing", async () => {
    const base = await richSave();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const net = delayedStorage({ [STORE_NAME]: base });
        const tabs = [await net.open(), await net.open()];
        const reviews = new Set<string>();
        const answers: { attempt: string; startedAt: number; question: string }[] = [];
        for (const [i, st] of steps.entries()) {
          const now = T0 + 3 * DAY + i * 2000;
          const s = tabs[st.tab]!;
          if (st.kind === "deliver") await net.deliver(net.tabs[st.tab]!);
          else if (st.kind === "answer") {
            const a = s.getState().quiz.active[DECK];
            if (a && a.finishedAt === undefined)
              answers.push({
                attempt: a.id,
                startedAt: a.startedAt,
                question: answerCurrent(s, now, st.right ? undefined : "wrong"),
              });
          } else if (st.kind === "grade") grade(s, st.q, now, st.g);
          else if (st.kind === "undo") s.getState().undoGrade();
          else if (st.kind === "quit") s.getState().closeQuiz(DECK);
          else startQuiz(s, now, st.seed);
          for (const t of tabs) for (const e of t.getState().cards.reviewLog) reviews.add(e.id);
        }
        const before = net.writes();
        const pending = net.tabs.reduce((n, t) => n + t.inbox.length, 0);
        const delivered = await net.drain(500); // throws if the tabs never stop writing to each other
        // Bounded: each storage event draws at most one write, and the echo dies out: a save heard that lacks
        // the hearer's work is written back, which may draw one more write from a tab with newer work still, and a
        // save that lacks nothing draws none (measured over 1000 runs: deliveries ≤ 3 × the writes pending).
        const drainWrites = net.writes() - before;
        expect(drainWrites).toBeLessThanOrEqual(delivered);
        expect(delivered).toBeLessThanOrEqual(4 * pending + 4);

        const reloaded = await openTab(storageWith(net.disk.get(STORE_NAME)));
        for (const t of [...tabs, reloaded]) expect(t.getState().meta.notices).toEqual([]);
        expect(data(tabs[0]!)).toEqual(data(reloaded));
        expect(data(tabs[1]!)).toEqual(data(reloaded));
        for (const t of [...tabs, reloaded]) {
          const { active, attempts } = t.getState().quiz;
          for (const a of Object.values(active))
            if (a.finishedAt !== undefined) expect(attempts.map((h) => h.id)).toContain(a.id);
        }

        const final = reloaded.getState();
        const undone = new Set(final.tombstones.reviews.map((r) => r.id));
        const kept = new Set(final.cards.reviewLog.map((e) => e.id));
        for (const id of reviews) expect(kept.has(id), `review ${id}`).toBe(!undone.has(id));
        const quit = new Set(final.tombstones.attempts.map((a) => a.id));
        const attempts = [...final.quiz.attempts, ...Object.values(final.quiz.active)];
        // A deck has one quiz in progress: starting one replaces it, in either tab (the later start wins).
        const onScreen = final.quiz.active[DECK];
        for (const { attempt, startedAt, question } of answers) {
          const found = attempts.find((a) => a.id === attempt);
          if (found) expect(found.answers.map((x) => x.questionId)).toContain(question);
          else
            expect(
              quit.has(attempt) || (onScreen?.startedAt ?? -1) >= startedAt,
              `attempt ${attempt} gone, neither quit nor replaced`,
            ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

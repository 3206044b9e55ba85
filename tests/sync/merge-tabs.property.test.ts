// Properties of merging two tabs' saves, over random sessions run in two tabs from one shared start.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { persistedStateSchema } from "@/lib/schemas/persisted";
import { mergeTabs } from "@/lib/store/cross-tab";
import {
  deletedUpTo,
  emptyTombstones,
  MAX_TOMBSTONES,
  mergeTombstones,
  withClosedAttempt,
} from "@/lib/sync/tombstones";
import {
  DAY,
  DECK,
  QUESTION_IDS,
  T0,
  answerCurrent,
  grade,
  openTab,
  persistedOf,
  richSave,
  startQuiz,
  storageWith,
  type Store,
} from "../faults/helpers";

const action = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("answer" as const), right: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("start" as const), seed: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("quit" as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("grade" as const),
      q: fc.constantFrom(...QUESTION_IDS),
      g: fc.constantFrom(1 as const, 3 as const, 4 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("forget" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reset" as const) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function run(store: Store, actions: Action[], t0: number) {
  actions.forEach((act, i) => {
    const now = t0 + i * 2000;
    const s = store.getState();
    if (act.kind === "answer") {
      if (s.quiz.active[DECK]?.finishedAt === undefined && s.quiz.active[DECK])
        answerCurrent(store, now, act.right ? undefined : "wrong");
    } else if (act.kind === "start") startQuiz(store, now, act.seed);
    else if (act.kind === "quit") s.closeQuiz(DECK);
    else if (act.kind === "grade") grade(store, act.q, now, act.g);
    else if (act.kind === "undo") s.undoGrade();
    else if (act.kind === "forget") s.forgetDeck(DECK, now);
    else s.resetProgress(now);
  });
}

/** Two tabs opened on one save, then each acting on its own (neither sees the other's saves). */
async function twoSessions(as: Action[], bs: Action[]) {
  const base = await richSave();
  const [a, b] = [await openTab(storageWith(base)), await openTab(storageWith(base))];
  run(a, as, T0 + 3 * DAY);
  run(b, bs, T0 + 3 * DAY + 1000); // the tabs' actions interleave in time
  return { a: persistedOf(a), b: persistedOf(b) };
}

const sessions = fc.tuple(fc.array(action, { maxLength: 12 }), fc.array(action, { maxLength: 12 }));

describe("mergeTabs (fast-check)", () => {
  it("is idempotent and absorbs either side: merging again changes nothing; the result is valid saved state", async () => {
    await fc.assert(
      fc.asyncProperty(sessions, async ([as, bs]) => {
        const { a, b } = await twoSessions(as, bs);
        const m = mergeTabs(a, b);
        expect(persistedStateSchema.safeParse(m).success).toBe(true);
        expect(mergeTabs(m, m)).toEqual(m);
        expect(mergeTabs(m, b)).toEqual(m);
      }),
      { numRuns: 60 },
    );
  });

  it("no quit or finished attempt is in progress after a merge, and no deleted review comes back", async () => {
    await fc.assert(
      fc.asyncProperty(sessions, async ([as, bs]) => {
        const { a, b } = await twoSessions(as, bs);
        for (const m of [mergeTabs(a, b), mergeTabs(b, a)]) {
          const quit = new Set([...a.tombstones!.attempts, ...b.tombstones!.attempts].map((x) => x.id));
          const finished = new Set(m.quiz!.attempts.map((x) => x.id));
          for (const x of Object.values(m.quiz!.active)) {
            expect(quit.has(x.id), `quit attempt ${x.id} is active`).toBe(false);
            if (x.finishedAt === undefined) expect(finished.has(x.id)).toBe(false);
          }
          const undone = new Set([...a.tombstones!.reviews, ...b.tombstones!.reviews].map((r) => r.id));
          const cut = Math.max(deletedUpTo(a.tombstones!, DECK), deletedUpTo(b.tombstones!, DECK));
          for (const e of m.cards!.reviewLog) {
            expect(undone.has(e.id)).toBe(false);
            expect(e.review).toBeGreaterThan(cut);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("no answer or review from either side is lost unless the other side deleted it", async () => {
    await fc.assert(
      fc.asyncProperty(sessions, async ([as, bs]) => {
        const { a, b } = await twoSessions(as, bs);
        const m = mergeTabs(a, b);
        const cut = Math.max(deletedUpTo(a.tombstones!, DECK), deletedUpTo(b.tombstones!, DECK));
        const undone = new Set([...a.tombstones!.reviews, ...b.tombstones!.reviews].map((r) => r.id));
        const logIds = new Set(m.cards!.reviewLog.map((e) => e.id));
        for (const side of [a, b]) {
          for (const e of side.cards!.reviewLog)
            if (e.review > cut && !undone.has(e.id)) expect(logIds.has(e.id), e.id).toBe(true);
          // Finished attempts (the history) are never quit away; only a forget or reset removes them.
          for (const x of side.quiz!.attempts)
            if (x.startedAt > cut) expect(m.quiz!.attempts.map((y) => y.id)).toContain(x.id);
        }
        // One quiz in progress in both tabs: the merged copy has every answer either gave.
        const [x, y, z] = [a.quiz!.active[DECK], b.quiz!.active[DECK], m.quiz!.active[DECK]];
        if (x && y && z && x.id === y.id && z.id === x.id)
          expect(z.answers.length).toBe(Math.max(x.answers.length, y.answers.length));
      }),
      { numRuns: 60 },
    );
  });
});

describe("tombstones", () => {
  it("keep the newest MAX_TOMBSTONES of a kind, one per id, and none a reset covers", () => {
    let t = emptyTombstones();
    for (let i = 0; i < MAX_TOMBSTONES + 20; i++) t = withClosedAttempt(t, { id: `a-${i}`, startedAt: 1000 + i });
    expect(t.attempts).toHaveLength(MAX_TOMBSTONES);
    expect(t.attempts[0]!.id).toBe("a-20");
    expect(withClosedAttempt(t, { id: "a-50", startedAt: 1050 }).attempts).toEqual(t.attempts);
    const reset = mergeTombstones(t, { resetAt: 1100, decks: [], attempts: [], reviews: [] });
    expect(reset.attempts.map((x) => x.id)).toEqual([
      "a-101",
      "a-102",
      "a-103",
      "a-104",
      "a-105",
      "a-106",
      "a-107",
      "a-108",
      "a-109",
      "a-110",
      "a-111",
      "a-112",
      "a-113",
      "a-114",
      "a-115",
      "a-116",
      "a-117",
      "a-118",
      "a-119",
    ]);
    expect(reset.resetAt).toBe(1100);
  });
});

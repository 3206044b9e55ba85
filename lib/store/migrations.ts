import { persistedV0Schema, type AttemptV0, type PersistedState } from "@/lib/schemas/persisted";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import type { Attempt } from "@/lib/schemas/quiz";
import { emptyQuizData, recordFinished } from "@/lib/quiz/history";
import { emptyTombstones } from "@/lib/sync/tombstones";
import { emptyReviewHistory, foldPoint, foldReviews } from "@/lib/srs/review-history";
import type { CardsData } from "@/lib/schemas/cards";

function attemptFromV0(a: AttemptV0): Attempt {
  const startedAt = Date.parse(a.startedAt);
  const finishedAt = a.finishedAt === null ? undefined : Date.parse(a.finishedAt);
  return {
    id: a.id,
    deckId: a.deckId,
    mode: "practice",
    seed: 0,
    questionIds: a.questionIds,
    // Version 0 kept no timings: answers count as given when the attempt ended (or started).
    answers: a.answers.map((r) => ({ ...r, ms: 0, at: finishedAt ?? startedAt })),
    current: Math.min(a.index, a.questionIds.length - 1),
    shownAt: startedAt,
    startedAt,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  };
}

// Version 0 → 1.
function fromV0(state: unknown): PersistedState {
  const v0 = persistedV0Schema.parse(state);
  let quiz = emptyQuizData();
  for (const a of v0.attempts) if (a.finishedAt !== null) quiz = recordFinished(quiz, attemptFromV0(a));
  // Finished attempts were shown as results; only the unfinished one resumes.
  quiz = { ...quiz, active: {} };
  if (v0.inProgress && v0.inProgress.finishedAt === null) {
    quiz.active[v0.inProgress.deckId] = attemptFromV0(v0.inProgress);
  }
  return { quiz };
}

// Version 2 added tombstones (what was deleted); a version-1 save had deleted nothing it still remembers.
function fromV1(state: unknown): unknown {
  if (typeof state !== "object" || state === null) return state;
  return { ...state, tombstones: emptyTombstones() };
}

// Version 3 folds reviews older than the log keeps in full into counts (lib/srs/review-history.ts).
function fromV2(state: unknown, now: number): unknown {
  const cards = (state as { cards?: CardsData } | null)?.cards;
  if (!cards || !Array.isArray(cards.reviewLog) || !cards.reviewLog.every((e) => typeof e?.review === "number"))
    return state;
  const sorted = [...cards.reviewLog].sort((a, b) => a.review - b.review);
  // Folded as of the time of loading: a review dated after it stays in full and folds nothing.
  return {
    ...(state as object),
    cards: foldReviews({ ...cards, reviewLog: sorted, reviewHistory: emptyReviewHistory() }, foldPoint(sorted, now)),
  };
}

// Each step takes the state of its version to the next one: steps[v] reads version v.
const steps: Record<number, (state: unknown, now: number) => unknown> = { 0: fromV0, 1: fromV1, 2: fromV2 };

/**
 * Brings saved state from an older version to `PERSIST_VERSION`, one version at a time. State from a newer
 * version passes through untouched (the store opens it read-only). Throws when the old state does not match
 * its version.
 */
export function migratePersisted(state: unknown, fromVersion: number, now: number): unknown {
  if (fromVersion > PERSIST_VERSION) return state;
  let s = state;
  for (let v = fromVersion; v < PERSIST_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from version ${v} to ${PERSIST_VERSION}.`);
    s = step(s, now);
  }
  return s;
}

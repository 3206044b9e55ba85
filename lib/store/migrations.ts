import { persistedV0Schema, type AttemptV0, type PersistedState } from "@/lib/schemas/persisted";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import type { Attempt } from "@/lib/schemas/quiz";
import { emptyQuizData, recordFinished } from "@/lib/quiz/history";

function attemptFromV0(a: AttemptV0): Attempt {
  const startedAt = Date.parse(a.startedAt);
  const finishedAt = a.finishedAt === null ? undefined : Date.parse(a.finishedAt);
  return {
    id: a.id, deckId: a.deckId, mode: "practice", seed: 0, questionIds: a.questionIds,
    // Version 0 kept no timings: answers count as given when the attempt ended (or started).
    answers: a.answers.map((r) => ({ ...r, ms: 0, at: finishedAt ?? startedAt })),
    current: Math.min(a.index, a.questionIds.length - 1), shownAt: startedAt, startedAt,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  };
}

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

/**
 * Brings saved state from an older version to `PERSIST_VERSION`. State from a newer version passes
 * through untouched (the store opens it read-only). Throws when the old state does not match its version.
 */
export function migratePersisted(state: unknown, fromVersion: number): unknown {
  if (fromVersion > PERSIST_VERSION) return state;
  if (fromVersion === 0) return fromV0(state);
  throw new Error(`No migration from version ${fromVersion} to ${PERSIST_VERSION}.`);
}

import type { Question } from "@/lib/schemas/deck";
import type { Attempt, QuizSettings } from "@/lib/schemas/quiz";
import { checkAnswer } from "@/lib/quiz/check-answer";
import { seededShuffle } from "@/lib/quiz/random";
import { MAX_ANSWER_LENGTH } from "@/lib/schemas/limits";

/** One-click defaults: ten questions of every type, with feedback after each answer. */
export const defaultSettings: QuizSettings = {
  count: 10,
  types: ["multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering"],
  mode: "practice",
};

/** A stable attempt id from the start time and seed (no randomness of its own). */
export function attemptId(now: number, seed: number): string {
  return `a-${now.toString(36)}-${(seed >>> 0).toString(36)}`;
}

/**
 * The question ids a quiz would ask: the chosen types, shuffled by `seed`, cut to `count` (0 = all). The
 * quiz page first narrows the deck to the questions that do not give one another away (lib/quiz/pick,
 * `chooseQuestions`), so this only orders them; it stays small, as every page with the store carries it.
 */
export function pickQuestions(questions: readonly Question[], settings: QuizSettings, seed: number): string[] {
  const types = new Set(settings.types);
  const pool = questions.filter((q) => types.has(q.type)).map((q) => q.id);
  const shuffled = seededShuffle(pool, seed);
  return settings.count > 0 ? shuffled.slice(0, settings.count) : shuffled;
}

/** Starts an attempt over `questionIds` (already chosen and ordered); throws on an empty quiz. */
export function newAttempt(args: {
  deckId: string;
  questionIds: string[];
  mode: Attempt["mode"];
  seed: number;
  now: number;
  retryOf?: string;
}): Attempt {
  if (args.questionIds.length === 0) throw new Error("A quiz needs at least one question.");
  const { deckId, questionIds, mode, seed, now, retryOf } = args;
  return {
    id: attemptId(now, seed),
    deckId,
    mode,
    seed: seed >>> 0,
    questionIds,
    answers: [],
    current: 0,
    shownAt: now,
    startedAt: now,
    ...(retryOf ? { retryOf } : {}),
  };
}

/** The id of the question on screen, or undefined once every question has been passed. */
export function currentQuestionId(a: Attempt): string | undefined {
  return a.questionIds[a.current];
}

/** Whether the question on screen has been answered (practice mode then shows its feedback). */
export function isCurrentAnswered(a: Attempt): boolean {
  const id = currentQuestionId(a);
  return id !== undefined && a.answers.some((r) => r.questionId === id);
}

/**
 * Records the answer to the question on screen. In practice mode it is scored exactly once: answering a question
 * that is not on screen, already answered, or in a finished attempt returns the attempt unchanged. In test mode an
 * answer given on a question gone back to (`goBack`) replaces the one before, until the attempt is finished.
 */
export function answerQuestion(a: Attempt, q: Question, given: string, now: number): Attempt {
  if (a.finishedAt !== undefined || currentQuestionId(a) !== q.id || (isCurrentAnswered(a) && a.mode !== "test"))
    return a;
  // Cut to what the schema keeps (the box stops there too): a longer answer would make the save unreadable.
  const kept = given.slice(0, MAX_ANSWER_LENGTH);
  const record = {
    questionId: q.id,
    type: q.type,
    given: kept,
    correct: checkAnswer(q, kept),
    ms: Math.max(0, now - a.shownAt),
    at: now,
  };
  const answers = a.answers.filter((r) => r.questionId !== q.id);
  return {
    ...a,
    answers:
      answers.length < a.answers.length
        ? a.answers.map((r) => (r.questionId === q.id ? record : r))
        : [...answers, record],
  };
}

/**
 * Test mode: back to the question before, whose answer can then be changed (nothing was checked yet). Going
 * forward again is by answering; past the last question the attempt is finished, so every question has an answer.
 */
export function goBack(a: Attempt, now: number): Attempt {
  if (a.mode !== "test" || a.finishedAt !== undefined || a.current === 0) return a;
  return { ...a, current: a.current - 1, shownAt: now };
}

/** Whether the answer to `questionId` may still be overridden: a typed answer marked wrong, in an unfinished attempt. */
export function canOverride(a: Attempt, questionId: string): boolean {
  const r = a.answers.find((x) => x.questionId === questionId);
  return a.finishedAt === undefined && r !== undefined && !r.correct && (r.type === "cloze" || r.type === "numeric");
}

/**
 * "I was right": the typed answer to `questionId`, marked wrong, counts as correct from now on (and says so).
 * Once per question; any other answer, or a finished attempt, returns the attempt unchanged.
 */
export function overrideAnswer(a: Attempt, questionId: string): Attempt {
  if (!canOverride(a, questionId)) return a;
  return {
    ...a,
    answers: a.answers.map((r) =>
      r.questionId === questionId ? { ...r, correct: true, overridden: true as const } : r,
    ),
  };
}

/** Moves on from an answered question; past the last one the attempt is finished. */
export function advance(a: Attempt, now: number): Attempt {
  if (a.finishedAt !== undefined || !isCurrentAnswered(a)) return a;
  const next = a.current + 1;
  if (next >= a.questionIds.length) return { ...a, finishedAt: now };
  return { ...a, current: next, shownAt: now };
}

/** How many answers of `a` the learner said were right after all ("I was right"). */
export const overrides = (a: Attempt): number => a.answers.filter((r) => r.overridden).length;

/**
 * How far one copy of an attempt got against another copy of it (above 0: `a` got further): finished, then
 * more answers, then more answers overridden ("I was right": it stays so), then moved on further, then moved on
 * later; 0 is a tie. Two tabs (lib/store/cross-tab.ts)
 * and a progress file's merge (lib/transfer/merge-progress.ts) keep the copy that got further.
 */
export function compareProgress(a: Attempt, b: Attempt): number {
  const key = (x: Attempt) => [
    x.finishedAt === undefined ? 0 : 1,
    x.answers.length,
    overrides(x),
    x.current,
    x.shownAt,
  ];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

/** The ids of the questions answered wrongly, in the order they were asked. */
export function mistakes(a: Attempt): string[] {
  return a.answers.filter((r) => !r.correct).map((r) => r.questionId);
}

/** A new attempt over the finished attempt's mistakes only, reshuffled by `seed`; undefined if none. */
export function retryMistakes(a: Attempt, seed: number, now: number): Attempt | undefined {
  const wrong = mistakes(a);
  if (a.finishedAt === undefined || wrong.length === 0) return undefined;
  return newAttempt({
    deckId: a.deckId,
    questionIds: seededShuffle(wrong, seed),
    mode: a.mode,
    seed,
    now,
    retryOf: a.id,
  });
}

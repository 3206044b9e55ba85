import type { Deck, Question } from "@/lib/schemas/deck";
import type { Attempt, QuizPersisted, QuizSettings } from "@/lib/schemas/quiz";
import type { Tombstones } from "@/lib/schemas/tombstones";
import type { SliceCreator } from "@/lib/store/app-state";
import {
  advance,
  answerQuestion,
  canOverride,
  goBack,
  newAttempt,
  overrideAnswer,
  pickQuestions,
  retryMistakes,
} from "@/lib/quiz/attempt";
import type { CardRecord } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { unmarkMissed } from "@/lib/srs/quiz-link";
import { emptyQuizData, recordFinished } from "@/lib/quiz/history";
import { withClosedAttempt } from "@/lib/sync/tombstones";

export type QuizSlice = {
  quiz: QuizPersisted;
  /** Starts a quiz on the deck (replacing any active one); false when the settings select no question. */
  startQuiz(args: { deck: Pick<Deck, "id" | "questions">; settings: QuizSettings; seed: number; now: number }): boolean;
  /** Answers the question on screen; scored once. In test mode it also moves on. */
  answer(args: { deckId: string; question: Question; given: string; now: number }): void;
  /**
   * "I was right": a typed answer marked wrong counts as correct (once per question, before the quiz ends), and
   * the flashcard its miss made due goes back to what it was.
   */
  overrideAnswer(args: { deckId: string; questionId: string }): void;
  /** Test mode: back to the question before, to change its answer. */
  goBack(args: { deckId: string; now: number }): void;
  /** Moves past an answered question (the last one finishes the attempt). */
  next(args: { deckId: string; now: number }): void;
  /** Starts a quiz of the active finished attempt's mistakes; false when there are none. */
  retryMistakes(args: { deckId: string; seed: number; now: number }): boolean;
  /** Drops the deck's active attempt (quit, or leaving the results). Finished attempts stay in the history. */
  closeQuiz(deckId: string): void;
};

/** The quiz slice: attempts, the quiz in progress per deck, best scores. Logic lives in lib/quiz. */
export const createQuizSlice: SliceCreator<QuizSlice> = (set, get) => {
  /** Applies a pure step to the deck's active attempt, filing it in the history if it just finished. */
  const step = (deckId: string, fn: (a: NonNullable<QuizPersisted["active"][string]>) => typeof a) => {
    const quiz = get().quiz;
    const a = quiz.active[deckId];
    if (!a) return;
    const next = fn(a);
    if (next === a) return;
    const updated = { ...quiz, active: { ...quiz.active, [deckId]: next } };
    set({ quiz: next.finishedAt !== undefined ? recordFinished(updated, next) : updated });
  };

  // The card each miss of this session replaced (null: none), so "I was right" can put it back exactly. Not
  // saved: after a reload only a card the miss created is taken back (lib/srs/quiz-link.ts, unmarkMissed).
  const missedFrom = new Map<string, { previous: CardRecord | null; at: number }>();
  // The miss of `questionId` at `at` was not one after all (I was right, or a test answer changed to a right one).
  const takeBackMiss = (attemptId: string, deckId: string, questionId: string, at: number) => {
    const k = `${attemptId} ${questionId}`;
    const cards = get().cards;
    const from = missedFrom.get(k);
    // The first miss set the card's due time (a second wrong answer found it due already).
    const next = unmarkMissed(cards, deckId, questionId, from?.at ?? at, from?.previous);
    missedFrom.delete(k);
    if (next !== cards) set({ cards: next });
  };

  // An attempt leaving the screen is remembered, so another tab's copy of it does not bring it back.
  const closed = (t: Tombstones, a: Attempt | undefined): Tombstones => (a ? withClosedAttempt(t, a) : t);

  return {
    quiz: emptyQuizData(),
    startQuiz: ({ deck, settings, seed, now }) => {
      const questionIds = pickQuestions(deck.questions, settings, seed);
      if (questionIds.length === 0) return false;
      const attempt = newAttempt({ deckId: deck.id, questionIds, mode: settings.mode, seed, now });
      set((s) => ({
        quiz: { ...s.quiz, active: { ...s.quiz.active, [deck.id]: attempt }, lastSettings: settings },
        tombstones: closed(s.tombstones, s.quiz.active[deck.id]),
      }));
      return true;
    },
    answer: ({ deckId, question, given, now }) => {
      const before = get().quiz.active[deckId]?.answers.find((r) => r.questionId === question.id);
      step(deckId, (a) => {
        const answered = answerQuestion(a, question, given, now);
        return answered !== a && a.mode === "test" ? advance(answered, now) : answered;
      });
      // Quiz → cards: a question just missed makes its flashcard due now (lib/srs/quiz-link).
      const a = get().quiz.active[deckId];
      const record = a?.answers.find((r) => r.questionId === question.id);
      if (!a || !record || record.at !== now) return;
      if (!record.correct) {
        const k = `${a.id} ${question.id}`;
        if (!missedFrom.has(k))
          missedFrom.set(k, { previous: get().cards.cards[cardKey(deckId, question.id)] ?? null, at: now });
        get().markMissedDue({ deckId, questionIds: [question.id], now });
      } else if (before && !before.correct) takeBackMiss(a.id, deckId, question.id, before.at);
    },
    goBack: ({ deckId, now }) => step(deckId, (a) => goBack(a, now)),
    overrideAnswer: ({ deckId, questionId }) => {
      const a = get().quiz.active[deckId];
      const record = a?.answers.find((r) => r.questionId === questionId);
      if (!a || !record || !canOverride(a, questionId)) return;
      step(deckId, (x) => overrideAnswer(x, questionId));
      takeBackMiss(a.id, deckId, questionId, record.at);
    },
    next: ({ deckId, now }) => step(deckId, (a) => advance(a, now)),
    retryMistakes: ({ deckId, seed, now }) => {
      const a = get().quiz.active[deckId];
      const retry = a && retryMistakes(a, seed, now);
      if (!retry) return false;
      set((s) => ({
        quiz: { ...s.quiz, active: { ...s.quiz.active, [deckId]: retry } },
        tombstones: closed(s.tombstones, a),
      }));
      return true;
    },
    closeQuiz: (deckId) => {
      if (!get().quiz.active[deckId]) return;
      set((s) => {
        const active = { ...s.quiz.active };
        delete active[deckId];
        return { quiz: { ...s.quiz, active }, tombstones: closed(s.tombstones, s.quiz.active[deckId]) };
      });
    },
  };
};

import type { Deck, Question } from "@/lib/schemas/deck";
import type { QuizSettings } from "@/lib/schemas/quiz";
import { defaultSettings } from "@/lib/quiz/attempt";
import { chooseQuestions } from "@/lib/quiz/pick";

/**
 * The settings a new quiz on these questions starts with: the last ones used (or the defaults), keeping
 * only the types the deck has; every type the deck has when none of the chosen is left.
 */
export function settingsFor(
  questions: readonly Pick<Question, "type">[],
  last: QuizSettings | undefined,
): QuizSettings {
  const base = last ?? defaultSettings;
  const present = new Set(questions.map((q) => q.type));
  const types = base.types.filter((t) => present.has(t));
  return { ...base, types: types.length ? types : [...new Set(questions.map((q) => q.type))] };
}

/** What the store's `startQuiz` takes for a quiz on `deck`: the questions `chooseQuestions` keeps. */
export function quizStart(deck: Pick<Deck, "id" | "questions">, settings: QuizSettings, seed: number, now: number) {
  return { deck: { id: deck.id, questions: chooseQuestions(deck.questions, settings, seed) }, settings, seed, now };
}

/** A seed for the question order; the attempt stores it, so the order can be replayed. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

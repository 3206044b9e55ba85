import type { Deck, QuestionType } from "@/lib/schemas/deck";

export const questionTypeLabels: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  numeric: "Numbers",
  "who-said": "Who said it",
  ordering: "Put in order",
};

/** How many questions of each type a deck has, in a fixed type order, zero counts left out. */
export function countByType(deck: Deck): { type: QuestionType; label: string; count: number }[] {
  const counts = new Map<QuestionType, number>();
  for (const q of deck.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  return (Object.keys(questionTypeLabels) as QuestionType[])
    .filter((t) => counts.has(t))
    .map((t) => ({ type: t, label: questionTypeLabels[t], count: counts.get(t) ?? 0 }));
}

import type { Question } from "@/lib/schemas/deck";

/** What a flashcard shows: the question on the front; answer, evidence and its link on the back. */
export interface CardFace {
  front: string;
  /** Ordering cards list the items to put in order (shuffled) under the front. */
  items?: string[];
  answer: string;
  /** Ordering cards: the items in the right order, shown as a numbered list on the back. */
  answerItems?: string[];
  evidence: string;
  /** The evidence sentence in the article. */
  href: string;
}

const GAP = "_____";

/** The sentence with the answer blanked out, for cloze cards whose prompt has no gap of its own. */
export function gapSentence(sentence: string, answer: string): string {
  const at = sentence.toLowerCase().indexOf(answer.toLowerCase());
  return at < 0 ? sentence : sentence.slice(0, at) + GAP + sentence.slice(at + answer.length);
}

/** The flashcard of one question of deck `deckId`. */
export function cardFace(deckId: string, q: Question): CardFace {
  let front = q.prompt;
  if (q.type === "cloze") {
    // A flashcard is answered in the head, not typed: "Type the missing words:" reads "Recall the missing words:".
    front = /_{3,}/.test(q.prompt)
      ? q.prompt.replace(/^Type the missing\b/, "Recall the missing")
      : gapSentence(q.evidence.sentence, q.answer);
  }
  return {
    front,
    items: q.type === "ordering" ? (q.choices ?? q.items) : undefined,
    answer: q.answer,
    answerItems: q.type === "ordering" ? q.items : undefined,
    evidence: q.evidence.sentence,
    href: `/decks/${deckId}#s-${q.evidence.start}`,
  };
}

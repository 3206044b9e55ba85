import { AppLink } from "@/components/ui/app-link";
import type { Deck, Question } from "@/lib/schemas/deck";
import { evidenceNeedles, highlightParts } from "@/lib/quiz/highlight";
import styles from "./quiz.module.css";

/** The sentence of the article that proves the answer, the answer marked, with a link to it in the article. */
export function Evidence({ deck, question }: { deck: Deck; question: Question }) {
  const parts = highlightParts(question.evidence.sentence, evidenceNeedles(deck.facts, question));
  return (
    <div className={styles.evidence}>
      <blockquote>
        {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </blockquote>
      <AppLink href={`/decks/${deck.id}#s-${question.evidence.start}`}>Show me where it says that</AppLink>
    </div>
  );
}

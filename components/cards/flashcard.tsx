import type { CardFace } from "@/lib/srs/card-face";
import { highlightParts } from "@/lib/quiz/highlight";
import styles from "./review.module.css";

/**
 * One flashcard: the front, and once revealed the answer with its evidence (`marks` marked in it, as quiz
 * feedback marks them) and a link to the article. `trueFalse`: the answer is True or False, and the
 * evidence is said to be the true fact.
 */
export function Flashcard({ face, deckTitle, revealed, marks = [], trueFalse = false }: {
  face: CardFace; deckTitle?: string; revealed: boolean; marks?: readonly string[]; trueFalse?: boolean;
}) {
  return (
    <article className={`card ${styles.flashcard}`} aria-labelledby="card-front">
      {deckTitle && <p className="meta">{deckTitle}</p>}
      <h2 id="card-front" tabIndex={-1} className={styles.front}>{face.front}</h2>
      {face.items && (
        <ul className={styles.items}>
          {face.items.map((it) => <li key={it}>{it}</li>)}
        </ul>
      )}
      {revealed && (
        <div className={styles.back}>
          {face.answerItems ? (
            <ol className={styles.answer} aria-label="Answer">
              {face.answerItems.map((it) => <li key={it}>{it}</li>)}
            </ol>
          ) : (
            <p className={styles.answer}>
              <span className="visually-hidden">Answer: </span>
              {face.answer}
              {trueFalse && <span className={styles.trueFact}>{face.answer === "False" ? " — what the article says:" : " — the article says:"}</span>}
            </p>
          )}
          <blockquote className={styles.evidence}>
            {highlightParts(face.evidence, marks).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </blockquote>
          <a href={face.href}>Show me where it says that</a>
        </div>
      )}
    </article>
  );
}

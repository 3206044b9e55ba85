import type { CardFace } from "@/lib/srs/card-face";
import styles from "./review.module.css";

/** One flashcard: the front, and once revealed the answer with its evidence and a link to the article. */
export function Flashcard({ face, deckTitle, revealed }: { face: CardFace; deckTitle?: string; revealed: boolean }) {
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
            </p>
          )}
          <blockquote className={styles.evidence}>{face.evidence}</blockquote>
          <a href={face.href}>Show me where it says that</a>
        </div>
      )}
    </article>
  );
}

import { lazy, Suspense } from "react";
import type { CardFace } from "@/lib/srs/card-face";
import styles from "./review.module.css";

// The marks load when a back is first shown, not with the page; until then the sentence is plain.
const MarkedText = lazy(() => import("./marked-text").then((m) => ({ default: m.MarkedText })));

/**
 * One flashcard: the front, and once revealed the answer with its evidence (`marks` marked in it, as quiz
 * feedback marks them) and a link to the article. `trueFalse`: the answer is True or False, and the
 * evidence is said to be the true fact.
 */
export function Flashcard({
  face,
  deckTitle,
  revealed,
  marks = [],
  trueFalse = false,
}: {
  face: CardFace;
  deckTitle?: string;
  revealed: boolean;
  marks?: readonly string[];
  trueFalse?: boolean;
}) {
  return (
    <article className={`card ${styles.flashcard}`} aria-labelledby="card-front">
      {deckTitle && (
        <p className="meta" dir="auto">
          {deckTitle}
        </p>
      )}
      <h2 id="card-front" tabIndex={-1} className={styles.front}>
        {face.front}
      </h2>
      {face.items && (
        <ul className={styles.items}>
          {face.items.map((it) => (
            <li key={it}>{it}</li>
          ))}
        </ul>
      )}
      {revealed && (
        <div className={styles.back}>
          {face.answerItems ? (
            <ol className={styles.answer} aria-label="Answer">
              {face.answerItems.map((it) => (
                <li key={it}>{it}</li>
              ))}
            </ol>
          ) : (
            <p className={styles.answer}>
              <span className="visually-hidden">Answer: </span>
              {face.answer}
              {trueFalse && <span className={styles.trueFact}> — the article says:</span>}
            </p>
          )}
          <blockquote className={styles.evidence}>
            <Suspense fallback={face.evidence}>
              <MarkedText text={face.evidence} marks={marks} />
            </Suspense>
          </blockquote>
          <a href={face.href}>Show me where it says that</a>
        </div>
      )}
    </article>
  );
}

import { segmentArticle } from "@/lib/decks/segments";
import type { Deck } from "@/lib/schemas/deck";
import { gluedAcross } from "@/lib/quiz/glued";
import { SpacedText } from "@/components/spaced-text";

/** The article body as readable paragraphs; each evidence sentence is an anchor `#s-<start>`. */
export function ArticleText({ deck }: { deck: Deck }) {
  const paragraphs = segmentArticle(
    deck.article.text,
    deck.questions.map((q) => q.evidence),
  );
  return (
    <div className="article-body">
      {paragraphs.map((segs, i) => (
        <p key={i}>
          {segs.map((s, j) => {
            // Glued sentences are shown spaced, inside a segment or where one segment meets the next.
            const text = <SpacedText text={s.text} gapBefore={j > 0 && gluedAcross(segs[j - 1]!.text, s.text)} />;
            return s.start === undefined ? (
              <span key={j}>{text}</span>
            ) : (
              <span key={j} id={`s-${s.start}`} className="sentence">
                {text}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}

import { segmentArticle } from "@/lib/decks/segments";
import type { Deck } from "@/lib/schemas/deck";

/** The article body as readable paragraphs; each evidence sentence is an anchor `#s-<start>`. */
export function ArticleText({ deck }: { deck: Deck }) {
  const paragraphs = segmentArticle(deck.article.text, deck.questions.map((q) => q.evidence));
  return (
    <div className="article-body">
      {paragraphs.map((segs, i) => (
        <p key={i}>
          {segs.map((s, j) =>
            s.start === undefined ? (
              <span key={j}>{s.text}</span>
            ) : (
              <span key={j} id={`s-${s.start}`} className="sentence">
                {s.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

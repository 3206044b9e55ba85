"use client";
import Link from "next/link";
import { ArticleText } from "@/components/article-text";
import { countByType, formatDate } from "@/lib/decks/summary";
import { useLocalDeck } from "@/components/create/use-local-deck";
import { LocalDeckGate } from "@/components/create/local-deck-gate";

/** The deck page for a deck saved in this browser: the same view as a built-in deck's page. */
export function LocalDeckView({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const { deck } = result;
  const { article } = deck;
  return (
    <article>
      <header className="stack" style={{ maxWidth: "var(--read)" }}>
        <h1>{article.title}</h1>
        <p className="meta">
          {article.source && <>Source: {article.source}</>}
          {article.source && article.publishedAt && " · "}
          {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
          {!article.source && !article.publishedAt && "Saved in this browser"}
        </p>
        <p style={{ margin: 0 }}>
          <strong>{deck.questions.length}</strong> questions
        </p>
        <ul className="chips" aria-label="Questions by type">
          {countByType(deck).map((c) => (
            <li key={c.type}>
              {c.label}: {c.count}
            </li>
          ))}
        </ul>
        <div className="row">
          <Link className="button" href={`/decks/${deck.id}/quiz`}>Start quiz</Link>
          <Link className="button secondary" href={`/decks/${deck.id}/review`}>Review cards</Link>
        </div>
      </header>
      <h2>The article</h2>
      <ArticleText deck={deck} />
    </article>
  );
}

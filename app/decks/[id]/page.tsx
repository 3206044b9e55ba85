import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { builtinDecks, getBuiltinDeck } from "@/lib/decks/builtin";
import { countByType, formatDate } from "@/lib/decks/summary";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinDecks.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = getBuiltinDeck((await params).id);
  return { title: deck?.article.title ?? "Deck not found" };
}

export default async function DeckPage({ params }: Props) {
  const deck = getBuiltinDeck((await params).id);
  if (!deck) notFound();
  const { article } = deck;
  return (
    <article>
      <header className="stack" style={{ maxWidth: "var(--read)" }}>
        <h1>{article.title}</h1>
        <p className="meta">
          {article.source && <>Source: {article.url ? <a href={article.url}>{article.source}</a> : article.source}</>}
          {article.source && article.publishedAt && " · "}
          {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
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
          <Link className="button secondary" href={`/decks/${deck.id}/review`}>Review flashcards</Link>
        </div>
      </header>
      <h2>The article</h2>
      <ArticleText deck={deck} />
      {article.captions && article.captions.length > 0 && (
        <>
          <h2>Photo captions</h2>
          <ul className="captions">
            {article.captions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

import { AppLink } from "@/components/ui/app-link";
import { ArticleText } from "@/components/article-text";
import { QuestionCount } from "@/components/question-count";
import { SentenceFocus } from "@/components/sentence-focus";
import { countByType } from "@/lib/decks/summary";
import { formatIsoDate } from "@/lib/format";
import type { ReactNode } from "react";
import type { Deck } from "@/lib/schemas/deck";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { DeckDueSlot } from "@/components/deck-due-slot";

/**
 * A deck's page: title, attribution, questions by type, the ways in, and the article with its captions.
 * `download` is the page's way to save the deck as a file (a link for a built-in deck, a button for a saved one);
 * `extra`, more ways to change it (a saved deck's Rename); `after`, what follows the article (a saved deck's questions
 * to edit).
 */
export function DeckOverview({
  deck,
  download,
  extra,
  after,
}: {
  deck: Deck;
  download?: ReactNode;
  extra?: ReactNode;
  after?: ReactNode;
}) {
  const { article } = deck;
  return (
    <article className="deck-page">
      <header className="stack deck-head">
        <h1 dir="auto">{article.title}</h1>
        <p className="meta">
          {article.source && (
            <>
              Source: <bdi>{article.url ? <a href={article.url}>{article.source}</a> : article.source}</bdi>
            </>
          )}
          {article.source && article.publishedAt && " · "}
          {article.publishedAt && <time dateTime={article.publishedAt}>{formatIsoDate(article.publishedAt)}</time>}
          {!article.source && !article.publishedAt && "Saved in this browser"}
        </p>
      </header>
      {/* Beside the article on a wide screen (it stays in view while reading), above it on a phone. */}
      <div className="stack deck-side">
        <QuestionCount total={deck.questions.length} byType={countByType(deck)} />
        <DeckDueSlot
          deck={{ id: deck.id, questions: deck.questions.map((q) => ({ id: q.id })) }}
          label="Cards to review"
        />
        <div className="row">
          <StartQuizLink className="button" deckId={deck.id}>
            Start quiz
          </StartQuizLink>
          <AppLink className="button secondary" href={`/decks/${deck.id}/review`}>
            Review flashcards
          </AppLink>
          {download}
        </div>
        <p className="meta">
          Start quiz uses your last settings (at first: up to ten questions of every type, each checked as you go).{" "}
          <AppLink href={`/decks/${deck.id}/quiz`}>Choose the questions and mode</AppLink>
        </p>
        {extra}
      </div>
      <div className="deck-main">
        <h2>The article</h2>
        <ArticleText deck={deck} />
        <SentenceFocus />
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
        {after}
      </div>
    </article>
  );
}

import { AppLink } from "@/components/ui/app-link";
import { builtinDecks } from "@/lib/decks/builtin";
import { QuestionCount } from "@/components/question-count";
import { countByType } from "@/lib/decks/summary";
import { formatIsoDate } from "@/lib/format";
import { LocalDeckList } from "@/components/saved-decks/local-deck-list";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { DeckDueSlot } from "@/components/deck-due-slot";

export default function HomePage() {
  return (
    <>
      <h1>Learn what the article says</h1>
      <p className="lede">
        Each deck is made from one news article: quiz questions and flashcards, every answer linked to the sentence that
        proves it. No account — your progress stays in this browser.
      </p>
      <h2>Decks</h2>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {builtinDecks.map((deck) => (
          <li key={deck.id} className="card stack">
            <h3 style={{ margin: 0 }}>
              <AppLink href={`/decks/${deck.id}`}>{deck.article.title}</AppLink>
            </h3>
            <p className="meta">
              {[deck.article.source, deck.article.publishedAt && formatIsoDate(deck.article.publishedAt)]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <QuestionCount total={deck.questions.length} byType={countByType(deck)} />
            <DeckDueSlot
              deck={{ id: deck.id, questions: deck.questions.map((q) => ({ id: q.id })) }}
              label={`Cards to review in ${deck.article.title}`}
            />
            <div className="row">
              <StartQuizLink className="button secondary" deckId={deck.id}>
                Quiz
              </StartQuizLink>
            </div>
          </li>
        ))}
      </ul>
      <LocalDeckList />
    </>
  );
}

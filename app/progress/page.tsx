import type { Metadata } from "next";
import { ProgressAllDecks } from "@/components/progress/progress-all-decks";
import { builtinDecks } from "@/lib/decks/builtin";
import { ankiFileName, deckToAnkiText } from "@/lib/transfer/anki";

export const metadata: Metadata = { title: "Progress" };

export default function ProgressPage() {
  const decks = builtinDecks.map((d) => ({ id: d.id, title: d.article.title, questionCount: d.questions.length }));
  // The built-in decks' Anki files are made here, at build time, so the page's script does not carry the decks.
  const ankiExports = builtinDecks.map((d) => ({
    deckId: d.id,
    title: d.article.title,
    fileName: ankiFileName(d),
    text: deckToAnkiText(d),
  }));
  return (
    <>
      <h1>Progress</h1>
      <p className="lede" style={{ marginTop: 0 }}>
        How your quizzes and reviews are going. Everything here is stored only in this browser.
      </p>
      <ProgressAllDecks builtin={decks} ankiExports={ankiExports} />
    </>
  );
}

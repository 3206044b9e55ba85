import type { CardsData } from "@/lib/schemas/cards";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import type { QuizPersisted } from "@/lib/schemas/quiz";

// Kept equal to PROGRESS_FORMAT_VERSION (a test checks); repeated so exporting does not load Zod.
const FORMAT_VERSION = 2;

/** All progress as the versioned file object (cards listed in key order, so the file is stable). */
export function buildProgressFile(quiz: QuizPersisted, cards: CardsData, now: number): ProgressFile {
  const keys = Object.keys(cards.cards).sort();
  return {
    app: "factdeck",
    kind: "progress",
    formatVersion: FORMAT_VERSION,
    exportedAt: now,
    quiz,
    cards: {
      cards: keys.map((k) => cards.cards[k]!),
      reviewLog: cards.reviewLog,
      ...(cards.reviewHistory ? { reviewHistory: cards.reviewHistory } : {}),
      settings: cards.settings,
    },
  };
}

/** The progress file as text, ready to download. */
export function serializeProgress(file: ProgressFile): string {
  return JSON.stringify(file, null, 1);
}

/** "factdeck-progress-2025-03-03.json": the file name for an export made at `now` (UTC date). */
export function progressFileName(now: number): string {
  return `factdeck-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** True when the file holds no progress at all: no quiz, best score, card or review (settings aside). */
export function isEmptyProgress(file: ProgressFile): boolean {
  const { quiz, cards } = file;
  return (
    quiz.attempts.length === 0 &&
    Object.keys(quiz.active).length === 0 &&
    Object.keys(quiz.best).length === 0 &&
    cards.cards.length === 0 &&
    cards.reviewLog.length === 0 &&
    (cards.reviewHistory?.decks.length ?? 0) === 0
  );
}

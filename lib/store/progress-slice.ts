import type { ProgressFile } from "@/lib/schemas/progress-file";
import type { SliceCreator } from "@/lib/store/app-state";
import type { KeyValueStorage } from "@/lib/store/storage";
import { cardsWithoutDeck } from "@/lib/srs/cards-without-deck";
import { emptyCardsData } from "@/lib/srs/defaults";
import { buildProgressFile, isEmptyProgress, serializeProgress } from "@/lib/transfer/export-progress";
import { mergeProgress, progressFromFile } from "@/lib/transfer/merge-progress";
import { emptyQuizData, quizWithoutDeck } from "@/lib/quiz/history";
import { afterReset, withForgottenDeck } from "@/lib/sync/tombstones";

/** Where the progress as it was before the last import or reset is kept (a progress file). */
export const PROGRESS_BACKUP_KEY = "factdeck:progress-backup";

/** How a reset or import went: done, or refused with nothing changed (why: the UI says it). */
export type ProgressChange = "done" | "read-only" | "no-room";

/** What changes quiz history and cards together: an import, a reset, a deleted deck forgotten. */
export type ProgressSlice = {
  /**
   * Replaces or merges progress from a checked file, after saving what was there under
   * PROGRESS_BACKUP_KEY. Nothing changes (and nothing is written) when the saved progress is read-only
   * or the backup cannot be written.
   */
  importProgress(args: { file: ProgressFile; mode: "replace" | "merge"; now: number }): ProgressChange;
  /** Clears quiz history and cards, after the same backup as an import. */
  resetProgress(now: number): ProgressChange;
  /** The backup file's text, or null when there is none. */
  readProgressBackup(): string | null;
  /**
   * Forgets everything about a deleted deck: its quiz attempts, quiz in progress and best score, its
   * cards, review log and a pending undo of them, as of `now` (another tab's older copy of them stays
   * forgotten). A deck the store knows nothing of changes nothing.
   */
  forgetDeck(deckId: string, now: number): void;
};

/**
 * The progress slice: actions only, over the quiz, cards and tombstones slices' data (it holds no state of its
 * own). Logic lives in lib/transfer, lib/quiz, lib/srs and lib/sync.
 */
export function createProgressSlice(kv: KeyValueStorage): SliceCreator<ProgressSlice> {
  return (set, get) => {
    // Keeps what is there before it is replaced. Read-only (a newer version's data, or data that could not
    // be read or backed up) means no writes at all, this one included. Progress holding nothing is not
    // kept: it would replace the backup of the last reset or import with an empty one.
    const backup = (now: number): ProgressChange => {
      const s = get();
      if (!s.meta.hydrated || s.meta.readOnly) return "read-only";
      const file = buildProgressFile(s.quiz, s.cards, now);
      if (isEmptyProgress(file)) return "done";
      try {
        kv.setItem(PROGRESS_BACKUP_KEY, serializeProgress(file));
        return "done";
      } catch {
        return "no-room";
      }
    };
    return {
      importProgress: ({ file, mode, now }) => {
        const kept = backup(now);
        if (kept !== "done") return kept;
        const s = get();
        // Replacing is a reset followed by the file: another tab's older copy must not come back.
        set(
          mode === "replace"
            ? { ...progressFromFile(file, now), tombstones: afterReset(now) }
            : mergeProgress({ quiz: s.quiz, cards: s.cards }, file, now),
        );
        return "done";
      },
      resetProgress: (now) => {
        const kept = backup(now);
        if (kept !== "done") return kept;
        set({ quiz: emptyQuizData(), cards: emptyCardsData(), tombstones: afterReset(now) });
        return "done";
      },
      forgetDeck: (deckId, now) => {
        const s = get();
        const quiz = quizWithoutDeck(s.quiz, deckId);
        const cards = cardsWithoutDeck(s.cards, deckId);
        if (quiz !== s.quiz || cards !== s.cards)
          set({ quiz, cards, tombstones: withForgottenDeck(s.tombstones, deckId, now) });
      },
      readProgressBackup: () => {
        try {
          return kv.getItem(PROGRESS_BACKUP_KEY);
        } catch {
          return null;
        }
      },
    };
  };
}

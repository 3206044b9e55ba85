import type { CardsData, Grade } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { newCardRecord } from "@/lib/srs/new-card";
import type { Scheduler } from "@/lib/srs/scheduler";
import { foldPoint, foldReviews } from "@/lib/srs/review-history";
import { keepUndoInLog, undoSteps, withUndoSteps } from "@/lib/srs/undo";

/**
 * Grades one card at `now` with `schedule` (lib/srs/scheduler's `gradeCard`) and logs it; remembers the card
 * as it was, so `undoLastGrade` can put it back (after the newer grades, up to MAX_UNDO of them). A question never reviewed starts as a new card. Reviews
 * that are now old are folded into counts (lib/srs/review-history.ts), so the log stays bounded.
 */
export function applyGrade(
  data: CardsData,
  deckId: string,
  questionId: string,
  grade: Grade,
  now: number,
  schedule: Scheduler,
): CardsData {
  const key = cardKey(deckId, questionId);
  const previous = data.cards[key] ?? null;
  const logId = uniqueLogId(data, `${key}@${now}`);
  const { card, log } = schedule(previous ?? newCardRecord(deckId, questionId, now), grade, now, logId);
  // The reviews before it are folded, never the grade just given: its undo takes it away from every count, even
  // when it is dated before reviews already folded (the clock moved far back); the next grade folds it then.
  const graded = withUndoSteps({ ...data, cards: { ...data.cards, [key]: card } }, [
    ...undoSteps(data),
    { key, previous, logId },
  ]);
  const older = foldReviews(graded, foldPoint([...data.reviewLog, log], now));
  // Earlier grades whose reviews were just folded can no longer be taken back (nor any before them).
  return keepUndoInLog({ ...older, reviewLog: [...older.reviewLog, log] });
}

// Two grades of one card in the same millisecond still need distinct ids (undo removes by id).
function uniqueLogId(data: CardsData, base: string): string {
  const taken = new Set(data.reviewLog.map((e) => e.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  return id;
}

/** Whether there is a grade to undo. */
export function canUndo(data: CardsData): boolean {
  return data.lastUndo !== null;
}

/**
 * Reverts the last grade exactly: the card as it was (or no card, if it was new) and its log entry gone; the
 * grade before it becomes the next to undo. Undone n times, the cards and log are as they were n grades ago.
 */
export function undoLastGrade(data: CardsData): CardsData {
  const steps = undoSteps(data);
  const undo = steps.at(-1);
  if (!undo) return data;
  const cards = { ...data.cards };
  if (undo.previous) cards[undo.key] = undo.previous;
  else delete cards[undo.key];
  return withUndoSteps(
    { ...data, cards, reviewLog: data.reviewLog.filter((e) => e.id !== undo.logId) },
    steps.slice(0, -1),
  );
}

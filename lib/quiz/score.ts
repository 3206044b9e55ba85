import type { Attempt, BestScore, Score } from "@/lib/schemas/quiz";

/** Correct answers out of questions answered so far (never more than answered). */
export function scoreOf(a: Attempt): Score {
  return { correct: a.answers.filter((r) => r.correct).length, total: a.answers.length };
}

/** A whole-number percentage; 0 for an empty score. */
export function percent(s: Score): number {
  return s.total === 0 ? 0 : Math.round((s.correct / s.total) * 100);
}

/** Score per question type, in the order the types were first asked. */
export function breakdownByType(
  a: Attempt,
): { type: Attempt["answers"][number]["type"]; correct: number; total: number }[] {
  const rows = new Map<Attempt["answers"][number]["type"], { correct: number; total: number }>();
  for (const r of a.answers) {
    const row = rows.get(r.type) ?? { correct: 0, total: 0 };
    row.total += 1;
    if (r.correct) row.correct += 1;
    rows.set(r.type, row);
  }
  return [...rows].map(([type, row]) => ({ type, ...row }));
}

/**
 * Whether `a` is a better score than `b`: a higher share correct, then more questions (neither beats the
 * other when both are equal). The best score after a quiz and the best of two merged saves both use it.
 */
export function beats(a: Score, b: Score): boolean {
  const diff = a.correct * b.total - b.correct * a.total;
  return diff > 0 || (diff === 0 && a.total > b.total);
}

/**
 * The deck's best score after a finished attempt. Retries of mistakes and unfinished attempts do not
 * count (a retry of two missed questions is not a quiz on the deck).
 */
export function updateBest(best: BestScore | undefined, a: Attempt): BestScore | undefined {
  if (a.finishedAt === undefined || a.retryOf !== undefined || a.answers.length === 0) return best;
  const s = scoreOf(a);
  if (best && !beats(s, best)) return best;
  return { correct: s.correct, total: s.total, attemptId: a.id, at: a.finishedAt };
}

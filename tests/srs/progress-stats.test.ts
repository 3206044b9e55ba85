import { gradeCard } from "@/lib/srs/scheduler";
import { describe, expect, it } from "vitest";
import {
  accuracyByDeck,
  accuracyByType,
  dueNext7Days,
  reviewsPerDay,
  scoreHistory,
  studyStreak,
  type AttemptLike,
} from "@/lib/progress/stats";
import { applyGrade } from "@/lib/srs/review";
import { emptyCardsData } from "@/lib/srs/defaults";
import { cardKey } from "@/lib/srs/card-key";
import { newCardRecord } from "@/lib/srs/new-card";

const T = Date.UTC(2025, 2, 3, 12, 0);
const H = 3_600_000;
const DAY = 24 * H;

const attempts: AttemptLike[] = [
  {
    id: "b",
    deckId: "deck-b",
    finishedAt: T + DAY,
    answers: [
      { type: "cloze", correct: false, at: T + DAY },
      { type: "numeric", correct: true, at: T + DAY },
    ],
  },
  {
    id: "a",
    deckId: "deck-a",
    finishedAt: T,
    answers: [
      { type: "cloze", correct: true, at: T },
      { type: "cloze", correct: true, at: T },
      { type: "numeric", correct: false, at: T },
    ],
  },
  { id: "open", deckId: "deck-a", answers: [{ type: "numeric", correct: true, at: T + 2 * DAY }] },
];

describe("progress stats", () => {
  it("score history: finished attempts only, oldest first, with percentages", () => {
    expect(scoreHistory(attempts)).toEqual([
      { attemptId: "a", deckId: "deck-a", at: T, correct: 2, total: 3, percent: 67 },
      { attemptId: "b", deckId: "deck-b", at: T + DAY, correct: 1, total: 2, percent: 50 },
    ]);
    expect(scoreHistory([])).toEqual([]);
  });

  it("accuracy by type and by deck", () => {
    expect(accuracyByType(attempts)).toEqual([
      { key: "cloze", correct: 2, total: 3, percent: 67 },
      { key: "numeric", correct: 2, total: 3, percent: 67 },
    ]);
    expect(accuracyByDeck(attempts)).toEqual([
      { key: "deck-a", correct: 3, total: 4, percent: 75 },
      { key: "deck-b", correct: 1, total: 2, percent: 50 },
    ]);
  });

  it("reviews per day, by local day, zero days included", () => {
    let data = applyGrade(emptyCardsData(), "deck-a", "q1", 3, T - DAY, gradeCard);
    data = applyGrade(data, "deck-a", "q2", 3, T, gradeCard);
    data = applyGrade(data, "deck-a", "q3", 3, Date.UTC(2025, 2, 3, 23, 30), gradeCard); // 00:30 on the 4th in UTC+1
    const utc = reviewsPerDay(data.reviewLog, T, 0, 3);
    expect(utc).toEqual([
      { day: "2025-03-01", count: 0 },
      { day: "2025-03-02", count: 1 },
      { day: "2025-03-03", count: 2 },
    ]);
    const paris = reviewsPerDay(data.reviewLog, T + DAY, 60, 2);
    expect(paris).toEqual([
      { day: "2025-03-03", count: 1 },
      { day: "2025-03-04", count: 1 },
    ]);
  });

  it("due in the next 7 days: overdue counts today, beyond a week is left out", () => {
    const card = (due: number) => ({ ...newCardRecord("deck-a", String(due), 0), due });
    const days = dueNext7Days([card(T - 5 * DAY), card(T + H), card(T + 2 * DAY), card(T + 9 * DAY)], T, 0);
    expect(days.map((d) => d.count)).toEqual([2, 0, 1, 0, 0, 0, 0]);
    expect(days[0]!.day).toBe("2025-03-03");
    expect(days).toHaveLength(7);
  });

  it("streak counts days in a row ending today or yesterday", () => {
    expect(studyStreak([T, T - DAY, T - 2 * DAY, T - 4 * DAY], T, 0)).toBe(3);
    expect(studyStreak([T - DAY, T - 2 * DAY], T, 0)).toBe(2);
    expect(studyStreak([T - 2 * DAY], T, 0)).toBe(0);
    expect(studyStreak([], T, 0)).toBe(0);
  });

  it("uses card keys the store uses", () => {
    expect(cardKey("deck-a", "q1")).toBe("deck-a::q1");
  });
});

"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewDeck } from "@/lib/srs/review-deck";
import type { Grade } from "@/lib/schemas/cards";
import { useAppStore, useAppStoreApi } from "@/components/store/store-provider";
import { buildQueue, newLimitToday, type QueueItem } from "@/lib/srs/queue";
import { cardKey } from "@/lib/srs/card-key";
import { undoSteps } from "@/lib/srs/undo";
import { cardFace } from "@/lib/srs/card-face";
import { evidenceNeedles } from "@/lib/quiz/highlight";
import { newCardRecord } from "@/lib/srs/new-card";
import { formatInterval, formatUntil } from "@/lib/srs/format-interval";
import { Flashcard } from "./flashcard";
import { GradeButtons } from "./grade-buttons";
import { ReviewCounts } from "./review-counts";
import { useNow } from "./use-now";
import { localOffset } from "@/lib/srs/local-day";
import { onDemand } from "@/components/ui/on-demand";
import { useReviewKeys } from "./use-review-keys";
import styles from "./review.module.css";

// The scheduler (ts-fsrs) is needed from the answer on: it grades and gives each grade's interval. It loads as
// soon as a card is on screen, off the page's start-up code; an answer asked for before it is there waits for it.
type SchedulerCode = typeof import("@/lib/srs/scheduler");
const loadScheduler = onDemand(() => import("@/lib/srs/scheduler"));

// Shown only once nothing is due: loaded then, off the page's start-up code.
const NothingDue = lazy(() => import("./nothing-due").then((m) => ({ default: m.NothingDue })));

const keyOf = (i: QueueItem) => cardKey(i.deckId, i.questionId);

/** A review session over `decks` (one deck, or all): counts, the card, grades with intervals, undo. */
export function ReviewSession({ decks }: { decks: readonly ReviewDeck[] }) {
  const api = useAppStoreApi();
  const hydrated = useAppStore((s) => s.meta.hydrated);
  const data = useAppStore((s) => s.cards);
  const { now, touch } = useNow();
  const [revealedKey, setRevealedKey] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [scheduler, setScheduler] = useState<SchedulerCode | null>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"show" | "good" | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const arrived = useRef(false);
  const focusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const queue = useMemo(
    () => (now === null ? null : buildQueue({ decks, data, now, utcOffsetMinutes: localOffset })),
    [decks, data, now],
  );
  // After an undo the card that was taken back comes first again, as in Anki.
  const item = queue ? (queue.items.find((i) => keyOf(i) === pinned) ?? queue.items[0]) : undefined;
  const key = item ? keyOf(item) : null;
  const deck = item ? decks.find((d) => d.id === item.deckId) : undefined;
  const question = deck?.questions.find((q) => q.id === item?.questionId);
  const revealed = key !== null && revealedKey === key;

  useEffect(() => {
    if (item && !scheduler) loadScheduler().then(setScheduler, () => {}); // a failure is told when the answer is asked for
  }, [item, scheduler]);

  // Arriving by a link (the header's Review, a deck's Review flashcards) left focus on it, where Space and
  // Enter are the link's: the first card's front takes focus instead, unless the user is already in the page.
  useEffect(() => {
    if (arrived.current || !question) return;
    arrived.current = true;
    // The new page may still be on its way in (hidden during the route's transition, where focus() does nothing):
    // tried again for a moment, until the front holds focus or the user has moved into the session.
    const attempt = (left: number) => {
      const front = document.getElementById("card-front");
      if (rootRef.current?.contains(document.activeElement)) return;
      front?.focus();
      if (document.activeElement !== front && left > 0) focusTimer.current = setTimeout(() => attempt(left - 1), 50);
    };
    attempt(30);
  });
  useEffect(() => () => clearTimeout(focusTimer.current), []);
  useEffect(() => {
    const target =
      focusNext.current === "good" ? goodRef.current : focusNext.current === "show" ? showRef.current : null;
    if (target) {
      // The back of a long card must not scroll its question away (a phone): focus moves without scrolling, and
      // the question's top stays in view.
      target.focus({ preventScroll: true });
      document.getElementById("card-front")?.scrollIntoView({ block: "nearest" });
      focusNext.current = null;
    }
  });

  const show = (shownKey: string) => {
    setRevealedKey(shownKey);
    focusNext.current = "good";
    setMessage("Answer shown. How well did you remember? Keys 1 to 4.");
  };
  const reveal = () => {
    if (!key) return;
    if (scheduler) return show(key);
    loadScheduler().then(
      (code) => {
        setScheduler(code);
        show(key);
      },
      () => setMessage("The grading code did not load. Check your connection, then press Show answer again."),
    );
  };
  // Only once revealed, so the scheduler is there.
  const grade = (g: Grade) => {
    if (!item || !key || !revealed || !scheduler) return;
    const t = touch();
    api
      .getState()
      .gradeCard({ deckId: item.deckId, questionId: item.questionId, grade: g, now: t, schedule: scheduler.gradeCard });
    const due = api.getState().cards.cards[key]?.due ?? t;
    setRevealedKey(null);
    setPinned(null);
    focusNext.current = "show";
    setMessage(`${scheduler.grades[g - 1]!.label}: this card comes back ${formatUntil(due, t)}.`);
  };
  const undo = () => {
    const last = api.getState().cards.lastUndo;
    if (!last) {
      setMessage("Nothing to undo.");
      return;
    }
    api.getState().undoGrade();
    touch();
    setPinned(last.key);
    setRevealedKey(null);
    focusNext.current = "show";
    // Each undo takes back the grade before (up to MAX_UNDO of them, as Anki undoes many).
    const left = undoSteps(api.getState().cards).length;
    setMessage(`Undone: the last grade was taken back. ${left || "No"} more to undo.`);
  };
  const learnMore = (count: number) => {
    const t = touch();
    api.getState().learnMoreToday({ count, now: t, utcOffsetMinutes: localOffset });
    focusNext.current = "show";
    setMessage(`${count} more new ${count === 1 ? "card" : "cards"} for today.`);
  };
  useReviewKeys({ revealed, reveal, grade, undo });

  if (!hydrated || !queue || now === null)
    return (
      <p className="muted slot-card" aria-busy="true">
        Loading your cards…
      </p>
    );

  const record = item ? (data.cards[keyOf(item)] ?? newCardRecord(item.deckId, item.questionId, now)) : null;
  const preview = record && revealed && scheduler ? scheduler.previewDue(record, now) : null;
  const intervals =
    preview &&
    ({
      1: formatInterval(preview[1] - now),
      2: formatInterval(preview[2] - now),
      3: formatInterval(preview[3] - now),
      4: formatInterval(preview[4] - now),
    } as const);
  const canUndo = data.lastUndo !== null;

  return (
    <div className="stack" ref={rootRef}>
      <ReviewCounts counts={queue.counts} />
      {item && question && deck ? (
        <>
          <Flashcard
            face={cardFace(deck.id, question)}
            deckTitle={decks.length > 1 ? deck.article.title : undefined}
            revealed={revealed}
            marks={evidenceNeedles(undefined, question)}
            trueFalse={question.type === "true-false"}
          />
          {revealed && intervals && scheduler ? (
            <GradeButtons ref={goodRef} grades={scheduler.grades} intervals={intervals} onGrade={grade} />
          ) : (
            <div className="row">
              <button ref={showRef} type="button" className="button" onClick={reveal} aria-keyshortcuts="Space Enter">
                Show answer
              </button>
              <span className="meta key-hint">Space or Enter shows the answer; then 1–4 grade it.</span>
            </div>
          )}
        </>
      ) : (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <NothingDue
            nextDueAt={queue.nextDueAt}
            now={now}
            empty={decks.every((d) => d.questions.length === 0)}
            newWaiting={queue.newWaiting}
            limit={newLimitToday(data.settings, now, localOffset)}
            onLearnMore={learnMore}
          />
        </Suspense>
      )}
      <div className={`row ${styles.tools}`}>
        <button
          type="button"
          className="button secondary"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo last grade
        </button>
        <span className="meta key-hint">Ctrl+Z also undoes.</span>
      </div>
      <p role="status" className={styles.status}>
        {message}
      </p>
    </div>
  );
}

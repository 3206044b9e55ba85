"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { AppLink } from "@/components/ui/app-link";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { indexedDbDeckStore } from "@/lib/decks/local-db";
import type { LocalDeckSummary } from "@/lib/decks/local-summary";
import { readDeckList } from "@/lib/decks/deck-list";
import { formatIsoDate } from "@/lib/format";
import { QuestionCount } from "@/components/question-count";
import { DeckDueSlot } from "@/components/deck-due-slot";
import { openProgressToForget } from "@/components/saved-decks/forget-progress";
import styles from "./local-deck-list.module.css";

type ListState =
  { status: "loading" } | { status: "ready"; decks: LocalDeckSummary[]; damaged: string[] } | { status: "unavailable" };
type Removable = Pick<LocalDeckSummary, "id" | "title">;
// A deck that cannot be read at all (its summary and the deck itself damaged): named by its id, to be deleted.
const damagedDeck = (id: string): Removable => ({ id, title: `the damaged deck ${id.slice(0, 80)}` });

/** The decks saved in this browser, for the home page: open, or delete with their progress. */
export function LocalDeckList() {
  const [store] = useState(indexedDbDeckStore);
  const [list, setList] = useState<ListState>({ status: "loading" });
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<ReactNode>();
  // Where focus goes when the confirmation closes: the list heading after a delete (the deck is gone), the
  // deck's own Delete button after Cancel. Otherwise it would fall to the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<{ deleted: true } | { cancelled: string } | null>(null);
  useEffect(() => {
    const after = focusAfter.current;
    if (confirming !== undefined || !after) return;
    focusAfter.current = null;
    if ("deleted" in after) heading.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-delete="${CSS.escape(after.cancelled)}"]`)?.focus();
  }, [confirming]);

  useEffect(() => {
    let live = true;
    readDeckList(store, () => import("@/lib/decks/local-decks"), Date.now()).then(
      (read) => live && setList({ status: "ready", ...read }),
      () => live && setList({ status: "unavailable" }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  async function remove(deck: Removable) {
    try {
      // The progress first: while it cannot be changed, the deck stays (its progress would be left behind).
      const progress = await openProgressToForget().catch(() => null);
      if (!progress) {
        setMessage(
          `Nothing was deleted: your saved progress cannot be changed just now (it could not be read, or it is from a newer version of Factdeck). Open Progress to see why.`,
        );
        focusAfter.current = { cancelled: deck.id };
        setConfirming(undefined);
        return;
      }
      await store.remove(deck.id);
      setList((l) =>
        l.status === "ready"
          ? { ...l, decks: l.decks.filter((d) => d.id !== deck.id), damaged: l.damaged.filter((id) => id !== deck.id) }
          : l,
      );
      setMessage(
        progress.forget(deck.id) ? (
          <>
            Deleted “<bdi>{deck.title}</bdi>” and its progress.
          </>
        ) : (
          <>
            Deleted “<bdi>{deck.title}</bdi>”. Its quiz history could not be removed: the saved progress could not be
            changed.
          </>
        ),
      );
    } catch {
      setMessage(
        <>
          Could not delete “<bdi>{deck.title}</bdi>”: this browser&apos;s storage did not answer.
        </>,
      );
    }
    focusAfter.current = { deleted: true };
    setConfirming(undefined);
  }

  return (
    <section ref={listRef} aria-labelledby="local-decks" className="stack">
      <div className={styles.head}>
        <h2 id="local-decks" ref={heading} tabIndex={-1}>
          Your decks
        </h2>
        <AppLink className="button" href="/new">
          New deck
        </AppLink>
      </div>
      <div role="status">{message}</div>
      {list.status === "unavailable" && (
        <p className="muted">This browser does not let Factdeck keep decks (private browsing may block it).</p>
      )}
      {list.status === "ready" && list.damaged.length > 0 && (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }} aria-label="Damaged decks">
          {list.damaged.map((id) => (
            <li key={id} className="notice stack">
              <p style={{ margin: 0 }}>
                A saved deck is damaged and cannot be opened (
                <code>
                  <bdi>{id}</bdi>
                </code>
                ). Its quiz history and cards still count until it is deleted.
              </p>
              {confirming === id ? (
                <div className="row" role="group" aria-label="Confirm deleting the damaged deck">
                  <button className="button danger" type="button" onClick={() => remove(damagedDeck(id))} autoFocus>
                    Delete damaged deck and progress
                  </button>
                  <button
                    className="button secondary"
                    type="button"
                    onClick={() => {
                      focusAfter.current = { cancelled: id };
                      setConfirming(undefined);
                    }}
                  >
                    Cancel
                  </button>
                </div>
              ) : (
                <div className="row">
                  <button className="button danger" type="button" onClick={() => setConfirming(id)} data-delete={id}>
                    Delete damaged deck
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.status === "ready" && list.decks.length === 0 && list.damaged.length === 0 && (
        <p className="muted">No decks of your own yet. Paste any English news article to make one.</p>
      )}
      {list.status === "ready" && list.decks.length > 0 && (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {list.decks.map((d) => (
            <li key={d.id} className="card stack">
              <h3 style={{ margin: 0 }} dir="auto">
                <AppLink href={`/decks/${d.id}`}>{d.title}</AppLink>
              </h3>
              <p className="meta">
                {d.source && <bdi>{d.source}</bdi>}
                {d.source && d.publishedAt && " · "}
                {d.publishedAt && formatIsoDate(d.publishedAt)}
                {!d.source && !d.publishedAt && "Saved in this browser"}
              </p>
              <QuestionCount total={d.questionCount} byType={d.byType} />
              <DeckDueSlot
                deck={{ id: d.id, questionCount: d.questionCount }}
                label={`Cards to review in ${d.title}`}
              />
              {confirming === d.id ? (
                <div className="row" role="group" aria-label={`Confirm deleting ${d.title}`}>
                  <p className={styles.confirm}>Delete this deck and all its progress? This cannot be undone.</p>
                  <button className="button danger" type="button" onClick={() => remove(d)} autoFocus>
                    Delete deck and progress
                  </button>
                  <button
                    className="button secondary"
                    type="button"
                    onClick={() => {
                      focusAfter.current = { cancelled: d.id };
                      setConfirming(undefined);
                    }}
                  >
                    Cancel
                  </button>
                </div>
              ) : (
                <div className="row">
                  <StartQuizLink className="button secondary" deckId={d.id}>
                    Quiz
                  </StartQuizLink>
                  <button
                    className="button danger"
                    type="button"
                    onClick={() => setConfirming(d.id)}
                    aria-label={`Delete ${d.title}`}
                    data-delete={d.id}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

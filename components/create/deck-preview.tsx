import { useEffect, useRef } from "react";
import type { Deck, Question, QuestionType } from "@/lib/schemas/deck";
import { questionTypeLabels } from "@/lib/decks/summary";
import { QuestionPreview } from "@/components/create/question-preview";

type Props = { deck: Deck; onChange: (q: Question) => void; onDrop?: (q: Question, number: number) => void };

/** The generated questions grouped by type, numbered down the page (best first within each type). */
export function DeckPreview({ deck, onChange, onDrop }: Props) {
  const groups = (Object.keys(questionTypeLabels) as QuestionType[])
    .map((type) => ({ type, questions: deck.questions.filter((q) => q.type === type) }))
    .filter((g) => g.questions.length > 0);
  const number = new Map(groups.flatMap((g) => g.questions).map((q, i) => [q.id, i + 1]));
  // After a drop, focus goes to the question that took its place (or the one before), so a keyboard user
  // can go on down the list instead of starting again from the top of the page.
  const root = useRef<HTMLDivElement>(null);
  const focusAfterDrop = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterDrop.current;
    if (id === null) return;
    focusAfterDrop.current = null;
    const target =
      root.current?.querySelector<HTMLElement>(`[data-edit="${CSS.escape(id)}"]`) ??
      root.current?.querySelector<HTMLElement>("[data-edit]");
    target?.focus();
  }, [deck]);
  const drop = (q: Question, list: Question[]) => {
    const i = list.indexOf(q);
    focusAfterDrop.current = (list[i + 1] ?? list[i - 1] ?? q).id;
    onDrop?.(q, number.get(q.id) ?? 0);
  };
  return (
    <div ref={root}>
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h3 id={`group-${g.type}`}>
            {questionTypeLabels[g.type]} <span className="muted">({g.questions.length})</span>
          </h3>
          <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
            {g.questions.map((q) => (
              <QuestionPreview
                key={q.id}
                question={q}
                number={number.get(q.id) ?? 0}
                onChange={onChange}
                onDrop={onDrop && (() => drop(q, g.questions))}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

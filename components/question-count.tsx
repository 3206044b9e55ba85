import { questionTypeLabels } from "@/lib/decks/summary";
import type { QuestionType } from "@/lib/schemas/deck";

/** "N questions" and one chip per question type, as every deck listing shows them. */
export function QuestionCount({
  total,
  byType,
}: {
  total: number;
  byType: readonly { type: QuestionType; count: number }[];
}) {
  return (
    <>
      <p style={{ margin: 0 }}>
        <strong>{total}</strong> questions
      </p>
      <ul className="chips" aria-label="Questions by type">
        {byType.map((c) => (
          <li key={c.type}>
            {questionTypeLabels[c.type]}: {c.count}
          </li>
        ))}
      </ul>
    </>
  );
}

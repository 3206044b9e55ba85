import type { Deck } from "@/lib/schemas/deck";

/** A plain-text listing of a deck's questions for a person to read through. */
export function formatReview(deck: Deck): string {
  const lines = [`${deck.article.title}`, `${deck.questions.length} questions · deck ${deck.id}`, ""];
  const counts = new Map<string, number>();
  for (const q of deck.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  lines.push([...counts].map(([t, n]) => `${t}: ${n}`).join(" · "), "");
  deck.questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}] ${q.prompt}`);
    if (q.type === "ordering") lines.push(`   shuffled: ${(q.choices ?? []).join(" | ")}`);
    else if (q.choices) lines.push(`   choices: ${q.choices.join(" | ")}`);
    lines.push(`   answer: ${q.answer}`);
    if (q.acceptedAnswers) lines.push(`   accepts: ${q.acceptedAnswers.join(" | ")}`);
    lines.push(
      `   evidence @${q.evidence.start}: ${q.evidence.sentence.slice(0, 140)}${q.evidence.sentence.length > 140 ? "…" : ""}`,
      "",
    );
  });
  return lines.join("\n");
}

import type { Deck, Question } from "@/lib/schemas/deck";

export type QuestionEdit = { prompt: string; answer: string };
export type EditResult = { ok: true; question: Question } | { ok: false; message: string };

/** Which answers a question's type lets the user edit: ordering answers are the items' order, not text. */
export function answerEditable(q: Question): "text" | "choice" | "none" {
  if (q.type === "ordering") return "none";
  if (q.type === "true-false") return "choice";
  return "text";
}

// "1,600" and "1600" are one number; anything beyond digits, separators and a sign or point is not.
function parseNumber(s: string): number | undefined {
  const t = s.replace(/[,\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/**
 * Applies a user's edit to a question, keeping its id and evidence. Choices stay consistent: a new
 * answer replaces the old one among the choices; equivalent forms of the old answer are dropped.
 */
export function editQuestion(q: Question, edit: QuestionEdit): EditResult {
  const prompt = edit.prompt.trim();
  const answer = edit.answer.trim();
  if (!prompt) return { ok: false, message: "The question cannot be empty." };
  if (!answer) return { ok: false, message: "The answer cannot be empty." };
  const kind = answerEditable(q);
  if (kind === "none" || answer === q.answer) return { ok: true, question: { ...q, prompt } };
  if (kind === "choice") {
    if (!q.choices?.includes(answer)) return { ok: false, message: `Pick one of: ${q.choices?.join(", ")}.` };
    return { ok: true, question: { ...q, prompt, answer } };
  }
  const { acceptedAnswers: _old, numericValue: _n, ...rest } = q;
  void _old;
  void _n;
  const next: Question = { ...rest, prompt, answer };
  if (q.choices) {
    if (q.choices.includes(answer)) return { ok: false, message: "That answer is already one of the wrong choices." };
    next.choices = q.choices.map((c) => (c === q.answer ? answer : c));
  }
  if (q.type === "numeric") {
    const n = parseNumber(answer);
    if (n === undefined) return { ok: false, message: "The answer to a number question must be a number, like 1,600 or 2.5." };
    next.numericValue = n;
  }
  return { ok: true, question: next };
}

/** Whether the answer (or one of its accepted forms) is written in the question's evidence sentence. */
export function answerInSentence(q: Question): boolean {
  const sentence = q.evidence.sentence.toLowerCase();
  return [q.answer, ...(q.acceptedAnswers ?? [])].some((a) => sentence.includes(a.toLowerCase()));
}

/** The deck without the question `id`. */
export function dropQuestion(deck: Deck, id: string): Deck {
  return { ...deck, questions: deck.questions.filter((q) => q.id !== id) };
}

/** The deck with question `id` replaced. */
export function replaceQuestion(deck: Deck, question: Question): Deck {
  return { ...deck, questions: deck.questions.map((q) => (q.id === question.id ? question : q)) };
}

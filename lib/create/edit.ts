import type { Deck, Question } from "@/lib/schemas/deck";

/** `choices`: a multiple-choice or who-said question's choices as edited (the answer among them); absent: unchanged. */
export type QuestionEdit = { prompt: string; answer: string; choices?: readonly string[] };
export type EditResult = { ok: true; question: Question } | { ok: false; message: string };

/** Which answers a question's type lets the user edit: ordering answers are the items' order, not text. */
export function answerEditable(q: Question): "text" | "choice" | "none" {
  if (q.type === "ordering") return "none";
  if (q.type === "true-false") return "choice";
  return "text";
}

// "1,600" and "1600" are one number; anything beyond digits, separators and a sign or point is not.
function plainNumber(s: string): number | undefined {
  const t = s.replace(/[,\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** Whether a question's choices can be edited: those of multiple-choice and who-said questions (true/false's are fixed). */
export function choicesEditable(q: Question): boolean {
  return (q.type === "multiple-choice" || q.type === "who-said") && q.choices !== undefined;
}

// Edited choices checked: none empty, none twice (whatever the capitals), at least two, the answer among them.
function checkChoices(choices: readonly string[], answer: string): string | undefined {
  if (choices.some((c) => c === "")) return "A choice cannot be empty: remove the line or write one.";
  const seen = new Set<string>();
  for (const c of choices) {
    if (seen.has(c.toLowerCase())) return `“${c}” is a choice twice: each choice must differ.`;
    seen.add(c.toLowerCase());
  }
  if (choices.length < 2) return "Give at least two choices.";
  if (!choices.includes(answer)) return `The answer “${answer}” must be one of the choices.`;
  return undefined;
}

/**
 * Applies a user's edit to a question, keeping its id and evidence. Choices stay consistent: a new
 * answer replaces the old one among the choices (unless the choices are edited too: then the answer must be
 * one of them, each choice different); equivalent forms of the old answer are dropped.
 */
export function editQuestion(q: Question, edit: QuestionEdit): EditResult {
  const prompt = edit.prompt.trim();
  const answer = edit.answer.trim();
  if (!prompt) return { ok: false, message: "The question cannot be empty." };
  if (!answer) return { ok: false, message: "The answer cannot be empty." };
  const choices = edit.choices?.map((c) => c.trim());
  if (choices && choicesEditable(q) && choices.join("\n") !== q.choices!.join("\n")) {
    const wrong = checkChoices(choices, answer);
    if (wrong) return { ok: false, message: wrong };
    const { acceptedAnswers: _old, ...rest } = q;
    void _old;
    return { ok: true, question: { ...(answer === q.answer ? q : rest), prompt, answer, choices } };
  }
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
    const n = plainNumber(answer);
    if (n === undefined)
      return { ok: false, message: "The answer to a number question must be a number, like 1,600 or 2.5." };
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

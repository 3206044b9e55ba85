import type { Question } from "@/lib/schemas/deck";
import type { QuizSettings } from "@/lib/schemas/quiz";
import { normalizeAnswer } from "@/lib/quiz/normalize";
import { seededRandom } from "@/lib/quiz/random";
import { pickQuestions as shuffleForQuiz } from "@/lib/quiz/attempt";

const TF = "true-false";

/** An answer that names one fact, normalised: not "True", a speaker or an order, which unrelated questions share. */
const factAnswer = (q: Question) =>
  q.type === TF || q.type === "ordering" || q.type === "who-said" ? "" : normalizeAnswer(q.answer);

/** Whether `a`'s prompt spells out the answer `b` asks to be typed (no choices to pick it from). */
function shows(a: Question, b: Question): boolean {
  const answer = factAnswer(b);
  return (
    (b.type === "cloze" || b.type === "numeric") &&
    answer.length > 2 &&
    ` ${normalizeAnswer(a.prompt)} `.includes(` ${answer} `)
  );
}

/**
 * Whether two questions may not be asked in one quiz, because one would hand over the other's answer:
 * the same fact; evidence that overlaps in the article (the feedback of one shows the sentence the other
 * asks about); the same answer (not counting true/false, who-said and ordering, whose answers are shared
 * by unrelated questions); or a prompt that spells out the answer the other asks to be typed.
 */
export function giveAway(a: Question, b: Question): boolean {
  const answer = factAnswer(a);
  return (
    a.factId === b.factId ||
    (a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end) ||
    (answer.length > 2 && answer === factAnswer(b)) ||
    shows(a, b) ||
    shows(b, a)
  );
}

/** At most this many true/false questions in a quiz of `size`: a third. */
export const maxTrueFalse = (size: number) => Math.floor(size / 3);

/**
 * The questions a quiz asks, of the deck's `questions`. `count` 0 ("All") asks every question of the chosen
 * types. Otherwise up to `count` questions: no two that give each other away (see
 * `giveAway`), true/false at most a third of the quiz (unless only true/false was chosen), each type at
 * first limited to its share so the quiz has variety, and earlier questions in the deck (the generator puts
 * its best first) preferred: each question's place is moved back by a random amount under `count`, then
 * they are taken in that order. In deck order: the store's `startQuiz` (lib/quiz/attempt `pickQuestions`)
 * shuffles them by the same seed, so the quiz page passes it these in place of the deck's questions.
 */
export function chooseQuestions<Q extends Question>(
  questions: readonly Q[],
  settings: QuizSettings,
  seed: number,
): Q[] {
  const pool = questions.filter((q) => settings.types.includes(q.type));
  const n = settings.count;
  if (n <= 0) return pool;
  const rand = seededRandom(seed ^ 0x5bd1e995);
  const order = pool
    .map((q, i) => [i + rand() * n, q] as const)
    .sort((x, y) => x[0] - y[0])
    .map((x) => x[1]);
  const onlyTF = pool.every((q) => q.type === TF);
  const share = Math.ceil(n / new Set(pool.map((q) => q.type)).size);
  const picked: Q[] = [];
  const count = (type: string) => picked.filter((p) => p.type === type).length;
  // Passes: each type to its share; then any type; then (after true/false is cut to a third) no true/false.
  const fill = (pass: number) => {
    for (const q of order) {
      if (
        picked.length < n &&
        !picked.includes(q) &&
        !(pass < 1 && count(q.type) >= share) &&
        !(q.type === TF && (pass > 1 || (!onlyTF && count(TF) >= maxTrueFalse(n)))) &&
        !picked.some((p) => giveAway(p, q))
      )
        picked.push(q);
    }
  };
  fill(0);
  fill(1);
  // Fewer questions than asked for (too few apart from one another): true/false still at most a third,
  // and a question a dropped true/false kept out may now come in.
  if (!onlyTF) {
    while (count(TF) > maxTrueFalse(picked.length))
      picked.splice(
        picked.findLastIndex((q) => q.type === TF),
        1,
      );
    fill(2);
  }
  return pool.filter((q) => picked.includes(q));
}

/** The question ids a quiz asks, in the order asked: `chooseQuestions`, then the store's order. */
export function pickQuestions(questions: readonly Question[], settings: QuizSettings, seed: number): string[] {
  return shuffleForQuiz(chooseQuestions(questions, settings, seed), settings, seed);
}

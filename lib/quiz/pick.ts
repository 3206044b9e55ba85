import type { Question } from "@/lib/schemas/deck";
import type { QuizSettings } from "@/lib/schemas/quiz";
import { normalizeAnswer } from "@/lib/quiz/normalize";
import { seededRandom, seededShuffle } from "@/lib/quiz/random";

/** The least of an answer (normalised) that counts as giving it away when another question's prompt shows it. */
const MIN_GIVEAWAY_CHARS = 3;

type Candidate = { q: Question; rank: number; prompt: string; answer: string | null; typed: boolean };

function candidate(q: Question, rank: number): Candidate {
  // "True", a speaker or an order answers many different questions: only other answers name one fact.
  const answer = q.type === "true-false" || q.type === "ordering" || q.type === "who-said" ? null : normalizeAnswer(q.answer);
  return {
    q, rank, prompt: ` ${normalizeAnswer(q.prompt)} `,
    answer: answer && answer.length >= MIN_GIVEAWAY_CHARS ? answer : null,
    typed: q.type === "cloze" || q.type === "numeric",
  };
}

// A typed answer (no choices to pick from) is handed over by any prompt that spells it out.
const shows = (a: Candidate, b: Candidate) => b.typed && b.answer !== null && a.prompt.includes(` ${b.answer} `);

/**
 * Whether two questions may not be asked in one quiz, because one would hand over the other's answer:
 * the same fact; evidence that overlaps in the article (the feedback of one shows the sentence the other
 * asks about); the same answer (not counting true/false, who-said and ordering, whose answers are shared
 * by unrelated questions); or a prompt that spells out the answer the other asks to be typed.
 */
export function giveAway(a: Question, b: Question): boolean {
  return clash(candidate(a, 0), candidate(b, 0));
}

function clash(a: Candidate, b: Candidate): boolean {
  if (a.q.factId === b.q.factId) return true;
  if (a.q.evidence.start < b.q.evidence.end && b.q.evidence.start < a.q.evidence.end) return true;
  if (a.answer !== null && a.answer === b.answer) return true;
  return shows(a, b) || shows(b, a);
}

/** At most this many true/false questions in a quiz of `size`: a third. */
export const maxTrueFalse = (size: number) => Math.floor(size / 3);

/**
 * The question ids a quiz asks, in the order asked. `count` 0 ("All") asks every question of the chosen
 * types, shuffled by `seed`. Otherwise up to `count` questions: no two on one fact or one passage (see
 * `giveAway`), true/false at most a third of the quiz (unless only true/false was chosen), each type at
 * first limited to its share so the quiz has variety, and earlier questions in the deck (the generator puts
 * its best first) preferred: each question's place is moved by a random amount up to `count`, then taken
 * in that order. The chosen questions are asked in an order shuffled by `seed`.
 */
export function pickQuestions(questions: readonly Question[], settings: QuizSettings, seed: number): string[] {
  const types = new Set(settings.types);
  const pool = questions.filter((q) => types.has(q.type));
  if (settings.count <= 0) return seededShuffle(pool.map((q) => q.id), seed);
  const n = settings.count;
  const rand = seededRandom(seed ^ 0x5bd1e995);
  const order = pool
    .map((q, i) => ({ c: candidate(q, i), key: i + rand() * n }))
    .sort((x, y) => x.key - y.key || x.c.rank - y.c.rank)
    .map((x) => x.c);
  const onlyTrueFalse = pool.every((q) => q.type === "true-false");
  const tfCap = onlyTrueFalse ? n : maxTrueFalse(n);
  const kinds = new Set(pool.map((q) => q.type)).size;
  const share = Math.ceil(n / Math.max(1, kinds));

  const picked: Candidate[] = [];
  const perType = new Map<string, number>();
  const fill = (limitPerType: boolean, trueFalse = true) => {
    for (const c of order) {
      if (picked.length >= n) return;
      if (picked.includes(c)) continue;
      const t = c.q.type;
      if (!trueFalse && t === "true-false") continue;
      if (limitPerType && (perType.get(t) ?? 0) >= share) continue;
      if (t === "true-false" && (perType.get(t) ?? 0) >= tfCap) continue;
      if (picked.some((p) => clash(p, c))) continue;
      picked.push(c);
      perType.set(t, (perType.get(t) ?? 0) + 1);
    }
  };
  fill(true);
  fill(false);
  // Fewer questions than asked for (too few apart from one another): true/false still at most a third.
  if (!onlyTrueFalse) {
    while (picked.filter((c) => c.q.type === "true-false").length > maxTrueFalse(picked.length)) {
      const last = picked.findLastIndex((c) => c.q.type === "true-false");
      picked.splice(last, 1);
    }
    fill(false, false); // a true/false question left out may have kept out another question
  }
  return seededShuffle(picked.map((c) => c.q.id), seed);
}

/** A match score in a sentence ("won 3-1", "a 2–0 victory", "Sweden 1 – 0 Korea"); offsets are in the sentence. */
export type ScoreSpan = { start: number; end: number; text: string; left: number; right: number; dash: string };

const SCORE = /(?<![\w.,:/–—-])(\d{1,2})(\s?[-–—]\s?)(\d{1,2})(?![\w.,:/%–—-]|\s?[-–—]\s?\d)/g;
// The sentence must be about a game: "5-4" in a court ruling or "13-17" in an age band is no score.
const SPORT =
  /\b(?:beat|beats|beating|won|win|wins|winning|winner|victory|victories|lost|lose|loses|losing|loss|defeat|defeated|defeats|draw|drew|drawn|thrash(?:ed|ing)?|edged|scor(?:e|ed|es|ing|eline)|goals?|match(?:es)?|final|semi-finals?|quarter-finals?|game|leg|aggregate|friendly|fixture|half-time|halftime|extra time|penalt(?:y|ies)|innings|sets?)\b/i;
const COURT = /\b(?:court|justices|judges|ruled|ruling|jury|jurors|voted|votes)\b/i;
const NOT_AFTER =
  /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|votes?|vote|ruling|decision|majority|seats?|percent|per cent|km|kg|miles?|metres?|meters?|points?\s+(?:lead|gap)|p\.m\.|a\.m\.)\b/i;
const NOT_BEFORE = /\b(?:aged?|ages|between|from|rated|ratio|of)\s+$/i;

/** Finds match scores; either number may be 0, and both are at most 30 (goals, not years). */
export function findScores(sentence: string): ScoreSpan[] {
  if (!SPORT.test(sentence) || COURT.test(sentence)) return [];
  const out: ScoreSpan[] = [];
  for (const m of sentence.matchAll(SCORE)) {
    const [text, l = "", dash = "-", r = ""] = m;
    const left = Number(l);
    const right = Number(r);
    const after = sentence.slice(m.index + text.length);
    if (left > 30 || right > 30 || NOT_AFTER.test(after) || NOT_BEFORE.test(sentence.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + text.length, text, left, right, dash });
  }
  return out;
}

/** "2–0" and "2-0" are one score. */
export function scoreKey(text: string): string {
  return text.replace(/\s/g, "").replace(/[–—]/g, "-");
}

/**
 * Plausible wrong scores for `left`-`right`, written with the same dash: a win stays a win, a draw a
 * draw, a defeat a defeat (the sentence's verb would rule anything else out).
 */
export function nearbyScores(left: number, right: number, dash: string): string[] {
  const sign = Math.sign(left - right);
  const shifts = [
    [1, 0],
    [0, 1],
    [-1, 0],
    [1, 1],
    [2, 0],
    [0, -1],
    [2, 1],
    [-1, -1],
    [1, 2],
    [3, 0],
  ];
  const out: string[] = [];
  for (const [dl, dr] of shifts) {
    // A draw moves both numbers together; otherwise keep who won.
    const a = sign === 0 ? left + dl! : left + (sign > 0 ? dl! : dr!);
    const b = sign === 0 ? right + dl! : right + (sign > 0 ? dr! : dl!);
    if (a < 0 || b < 0 || Math.sign(a - b) !== sign || (a === left && b === right)) continue;
    const s = `${a}${dash}${b}`;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

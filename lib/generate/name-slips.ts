import { editDistance } from "@/lib/quiz/spelling";
import type { Draft } from "./draft";

/**
 * Names the article misspells once and spells right elsewhere: "said Mauer" beside "K.C. Maurer", "Mogensensen"
 * beside "Mogensen" twice. Returns each slip with the article's usual spelling.
 * A slip is a capitalised word written once, close to a word of the same first letter and the same last two letters
 * ("Untied" for "United"), or that word with its last syllable stuttered: one or two letters (a quarter of the word)
 * from a word the article writes twice or more, one letter from a surname it writes once in a full name while the
 * slip stands alone. Endings differ by inflection, not by slips ("Texans", "Russian"), and a name beside another name
 * is a full name of its own unless the article writes that pair with the usual spelling ("Cheng Chung-tai" is not
 * "Cheung"; "Untied Nations" is "United Nations").
 */
export function nameSlips(text: string): Map<string, string> {
  const seen = new Map<string, { n: number; prev?: string; next?: string }>();
  for (const m of text.matchAll(WORD)) {
    const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(m.index + m[0].length))?.[1];
    const prev = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    // "The Untied Nations": a sentence's first word is no first name.
    seen.set(m[0], { n: (seen.get(m[0])?.n ?? 0) + 1, prev: prev && !FUNCTION.test(prev) ? prev : undefined, next });
  }
  const slips = new Map<string, string>();
  for (const [word, { n, prev, next }] of seen) {
    if (n !== 1) continue;
    const near = [...seen].filter(([u, w]) => {
      if (u[0] !== word[0] || u === word) return false;
      const stutter = word.length > u.length && word.startsWith(u) && u.endsWith(word.slice(u.length));
      const limit =
        w.n >= 2 ? Math.max(1, Math.floor(Math.max(u.length, word.length) / 4)) : w.prev && !prev && !next ? 1 : 0;
      return (
        stutter ||
        (limit > 0 &&
          u.slice(-2) === word.slice(-2) &&
          editDistance(word.toLowerCase(), u.toLowerCase(), limit) <= limit)
      );
    });
    // Two spellings it could be a slip of: it may be a name of its own.
    if (near.length !== 1) continue;
    const [right] = near[0]!;
    if ((next && !text.includes(`${right} ${next}`)) || (prev && !text.includes(`${prev} ${right}`))) continue;
    slips.set(word, right);
  }
  return slips;
}

const FUNCTION = /^(?:The|A|An|In|On|At|Of|By|For|To|And|But|As|If|When|While|After|Before|This|That|These|Those)$/;
const WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu;

const respell = (t: string, slips: Map<string, string>) => t.replace(WORD, (w) => slips.get(w) ?? w);

/**
 * The question with the article's name slips spelt as the article usually spells them: in the prompt, the choices and
 * the answer ("the Untied Nations" is asked as "United Nations"); a typed answer still accepts the slip as written.
 */
export function respelled(d: Draft, slips: Map<string, string>): Draft {
  if (!slips.size) return d;
  const prompt = respell(d.prompt, slips);
  const answer = d.type === "true-false" ? d.answer : respell(d.answer, slips);
  const choices = d.choices?.map((c) => (c === d.answer ? answer : respell(c, slips)));
  if (choices && new Set(choices).size !== choices.length) return d;
  const acceptedAnswers =
    answer !== d.answer && d.acceptedAnswers
      ? [answer, ...d.acceptedAnswers.map((a) => respell(a, slips)), ...d.acceptedAnswers]
      : d.acceptedAnswers;
  const changed = prompt !== d.prompt || answer !== d.answer || choices?.some((c, i) => c !== d.choices![i]);
  return changed
    ? {
        ...d,
        prompt,
        answer,
        ...(choices && { choices }),
        ...(acceptedAnswers && { acceptedAnswers: [...new Set(acceptedAnswers)] }),
      }
    : d;
}

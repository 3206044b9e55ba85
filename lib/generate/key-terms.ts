import type { Sentence } from "./sentences";
import { tokenize, type Token } from "./tokens";
import type { TermSpan } from "./terms";

// Words that open a phrase about amount, time, order or whose it is: "next week", "its exhibit", "former members".
const NOT_CLASSIFYING = new Set(
  (
    "next last our its their his her my your enough all numerous former younger older elder many several other new " +
    "such same own first second third fourth final early late recent this that these those some any each every more " +
    "most few little much big small large great good bad high low long short old young main major minor key various " +
    "certain whole entire full half total real further additional current previous possible likely"
  ).split(" "),
);
// Heads too general to be a term of the article: "crew members", "school children", "pregnant women".
const GENERAL_HEADS = new Set(
  (
    "members member people women men children child time times week weeks year years day days month months group " +
    "groups thing things way ways part parts number numbers lot kind kinds brother sister son daughter family officials " +
    "official country countries place places world area areas"
  ).split(" "),
);
/** How many of the article's first sentences make its lead. */
const LEAD = 3;
const WORD = /^[a-z][a-z]+(?:-[a-z]+)*$/;

const classifier = (t: Token) =>
  (t.tags.has("Noun") || t.tags.has("Adjective")) &&
  !["Pronoun", "Determiner", "Possessive", "Value", "Date", "Comparative", "Superlative"].some((x) => t.tags.has(x)) &&
  !NOT_CLASSIFYING.has(t.text);

/**
 * Terms of the article's own subject: a lowercase compound of two or three words ("anti-establishment camp",
 * "military engineer") that the lead introduces and the article uses again. Each is asked in the lead only (elsewhere
 * its other uses would give the answer of one question away in another's prompt); offsets are in the sentence.
 */
export function repeatedTerms(sentences: Sentence[], usable: (s: Sentence) => boolean): Map<number, TermSpan[]> {
  const used = sentences.filter(usable);
  const found: { key: string; sentence: number; start: number; end: number }[] = [];
  // Only the lead is tagged (the tagger is the generator's slowest step); the rest is searched for the words.
  for (const s of used.slice(0, LEAD)) {
    const tokens = tokenize(s.text);
    for (let i = 0; i < tokens.length; i++) {
      for (const n of [3, 2]) {
        const w = tokens.slice(i, i + n);
        const head = w[n - 1];
        if (w.length < n || !head || !w.every((t) => WORD.test(t.text))) continue;
        if (w.slice(0, -1).some((t) => t.post !== " ")) continue;
        if (!head.tags.has("Noun") || head.tags.has("Pronoun") || GENERAL_HEADS.has(head.text)) continue;
        if (!w.slice(0, -1).every(classifier)) continue;
        // Inside a longer run of nouns the compound is cut: "crew access" of "crew access arm".
        const before = tokens[i - 1];
        // "ground-level ozone", "climate change adaptation": a compound cut from a longer one.
        const after = tokens[i + n];
        if (
          (before && before.post === " " && WORD.test(before.text) && classifier(before) && before.tags.has("Noun")) ||
          (before && /-$/.test(before.post)) ||
          /^-/.test(head.post) ||
          (after &&
            head.post === " " &&
            WORD.test(after.text) &&
            after.tags.has("Noun") &&
            !after.tags.has("Pronoun") &&
            !after.tags.has("Verb"))
        )
          continue;
        const key = w.map((t) => t.text).join(" ");
        if (!found.some((f) => f.key === key))
          found.push({ key, sentence: s.index, start: w[0]!.start, end: head.end });
      }
    }
  }
  const out = new Map<number, TermSpan[]>();
  // Longer compounds first: "crew access arm" is the term, not "crew access" inside it.
  for (const f of found.sort((a, b) => b.key.split(" ").length - a.key.split(" ").length)) {
    const again = new RegExp(`(?<![\\w-])${f.key}(?![\\w-])`);
    if (!used.some((s) => s.index !== f.sentence && again.test(s.text))) continue;
    const here = out.get(f.sentence) ?? [];
    if (here.some((o) => f.start < o.end && o.start < f.end)) continue;
    out.set(f.sentence, [...here, { start: f.start, end: f.end, text: f.key, kind: "term" }]);
  }
  return out;
}

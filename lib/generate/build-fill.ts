import type { RawFact } from "./raw-fact";
import type { Draft } from "./draft";
import { distractorsFor, type Context } from "./distractors";
import { blanked } from "./question-text";
import { MONTHS } from "@/lib/format";
import { aliasesOf, givesAway, namesItsPeople } from "./equivalence";
import { moneyForms } from "./money";
import { numberForms, numberValue } from "./numbers";
import { formatIsoDate } from "./dates";
import { balanceQuotes, vagueQuantity } from "./prompt-checks";
import { familyName, showsArticleForm } from "./article-names";
import { knownPlace } from "./pools";
import { tokenize } from "./tokens";
import { commonNameWord } from "./roles";

const CURRENCY_NAMES: Record<string, string> = {
  GBP: "pounds",
  USD: "dollars",
  EUR: "euros",
  JPY: "yen",
  CNY: "yuan",
  INR: "rupees",
  RUB: "rubles",
};

/** The text the blank stands for: for money with a bracketed conversion, the amount itself. */
export function answerOf(fact: RawFact): string {
  if (fact.kind === "quantity") return fact.subject ?? fact.value;
  return fact.value;
}

/** Every typed form that counts as the right answer. */
export function acceptedForms(fact: RawFact): string[] {
  const answer = answerOf(fact);
  const forms = [answer, ...(fact.alternatives ?? [])];
  if (fact.kind === "money")
    forms.push(
      ...moneyForms({
        text: fact.value,
        value: Number(fact.normalized),
        currency: fact.currency ?? "USD",
        conversion: fact.alternatives?.[0] ? { text: fact.alternatives[0], value: 0, currency: "", end: 0 } : undefined,
      }),
    );
  if (fact.kind === "quantity") {
    const n = Number(fact.normalized);
    forms.push(...numberForms(n));
    if (fact.unit === "percent") forms.push(`${n}%`, `${n} percent`);
    if (numberValue(answer) === undefined && /^a\s/i.test(answer)) forms.push(answer.replace(/^a\s+/i, ""));
  }
  // "Mertens" for "Dries Mertens", "Auguste Chevalier" for "Chevalier", "M5S" for "Movimento 5 Stelle": the names the
  // article uses for it (article-names.ts). Without the article, a person's surname.
  if (fact.articleForms) forms.push(...fact.articleForms);
  else if (fact.kind === "person") forms.push(familyName(String(fact.normalized ?? answer)).word);
  // "New York City" → "New York"; "United States" → "US", "U.S.", "America".
  if (fact.kind === "place" || fact.kind === "organization")
    forms.push(answer.replace(/\sCity$/, ""), ...aliasesOf(answer));
  // "New York City" for "New York": a city is also written with its kind-word (never a country: "Mexico City").
  if (
    fact.kind === "place" &&
    fact.placeKind === "city" &&
    !/\sCity$/.test(answer) &&
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(answer)
  )
    forms.push(`${answer} City`);
  // "Michigan State" for "Michigan State University", "Secunia" for "Secunia.com": a body's usual short name.
  if (fact.kind === "organization")
    forms.push(
      answer
        .replace(
          /(?:\s(?:University|College|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Company|Co\.)|\.(?:com|org|net))$/,
          "",
        )
        .replace(/^The\s/, ""),
    );
  // "Freedom" for "Freedom Magazine", "Dumky" for "Dumky Trio": the name without the word that says what it is, when
  // that leaves a name ("American String" is none, "Vienna" is a city).
  const kindless = answer.replace(/\s(?:Magazine|Newspaper|Trio|Quartet|Quintet|Band|Opera|Symphony)$/, "");
  if ((fact.kind === "organization" || fact.kind === "term") && !/\s/.test(kindless) && !knownPlace(kindless))
    forms.push(kindless);
  if (fact.kind === "term" && !fact.quoted) forms.push(...descriptionForms(answer));
  // "Artemis 5" for "Artemis V".
  const roman = /\s([IVX]{1,5})$/.exec(answer);
  const ROMAN: Record<string, number> = {
    I: 1,
    II: 2,
    III: 3,
    IV: 4,
    V: 5,
    VI: 6,
    VII: 7,
    VIII: 8,
    IX: 9,
    X: 10,
    XI: 11,
    XII: 12,
  };
  if (roman && ROMAN[roman[1]!]) forms.push(answer.replace(/\s[IVX]{1,5}$/, ` ${ROMAN[roman[1]!]}`));
  // "1783" for "December 1783": the year is as right an answer as the month, when no day is given.
  if (fact.kind === "date" && fact.unit === "month") forms.push(...(answer.match(/\b\d{4}\b/) ?? []));
  if (fact.kind === "date" && typeof fact.normalized === "string" && fact.normalized.length === 10)
    forms.push(formatIsoDate(fact.normalized));
  if (fact.kind === "date") forms.push(...monthSpellings(answer));
  return [...new Set(forms.filter(Boolean))];
}

function fillPrompt(fact: RawFact): string {
  return balanceQuotes(blanked(fact));
}

/** Does the prompt give the answer away: by one of its forms, or by another name the article uses for it? */
function leaks(prompt: string, fact: RawFact, accepted: string[]): boolean {
  const article = fact.articleForms ?? [];
  // A person's every name word is theirs; a body's or place's name shares common words with other names.
  const named = fact.kind === "organization" || fact.kind === "place" || fact.kind === "term";
  return (
    givesAway(
      prompt,
      accepted.filter((a) => !article.includes(a)),
      named ? (w) => !commonNameWord(w) : undefined,
    ) || showsArticleForm(prompt, answerOf(fact), article)
  );
}

/** The words the blank stands for are the answer as the sentence writes them ("Sunday", not a calendar date). */
function answerIsWritten(fact: RawFact): boolean {
  const s = fact.sentence;
  return s.text.slice(fact.blankStart - s.start, fact.blankEnd - s.start) === answerOf(fact);
}

/** Multiple choice: which value fills the blank in the article's sentence. */
export function multipleChoice(fact: RawFact, ctx: Context): Draft | undefined {
  if (fact.kind === "date" && fact.unit === "relative") return undefined;
  if (fact.kind === "quantity" && vagueQuantity(answerOf(fact))) return undefined;
  if (fact.kind !== "quantity" && fact.kind !== "money" && !answerIsWritten(fact)) return undefined;
  const answer = answerOf(fact);
  const sentence = fillPrompt(fact);
  const prompt = `Which fills the blank? ${sentence}`;
  if (leaks(sentence, fact, acceptedForms(fact)) || (fact.kind === "place" && namesItsPeople(sentence, answer)))
    return undefined;
  // "holidays in the _____": pooled countries do not take "the"; the typed answer is fairer.
  if (
    fact.kind === "place" &&
    /\bthe\s$/i.test(fact.sentence.text.slice(0, fact.blankStart - fact.sentence.start)) &&
    !/^the\s/i.test(answer)
  )
    return undefined;
  const wrong = distractorsFor(fact, answer, sentence, ctx, 3);
  if (wrong.length < 2) return undefined;
  // Built-in names alone ("Colorado State University of the Peru") make a place or body easy to spot: type it instead.
  const fromArticle = wrong.filter((w) => ctx.mentions.some((m) => m.name === w || m.text === w)).length;
  if ((fact.kind === "place" || fact.kind === "organization") && fromArticle === 0) return undefined;
  return { fact, type: "multiple-choice", prompt, answer, choices: [answer, ...wrong] };
}

/** Cloze: type the missing words (names, places, dates). */
export function cloze(fact: RawFact): Draft | undefined {
  if (
    !["person", "place", "organization", "date", "term"].includes(fact.kind) ||
    fact.unit === "relative" ||
    !answerIsWritten(fact)
  )
    return undefined;
  // "a 'more general reflection'": plain quoted words are a wording to recognise, not to type ("general reflection" is as
  // right); a name or a coined term ("Queen of the curve", "quasi-state of war") is typed as it is.
  const coined = /^[A-Z]|-|\sof\s/.test(answerOf(fact));
  if (fact.quoted && answerOf(fact).split(/\s+/).length >= 2 && !coined) return undefined;
  const sentence = fillPrompt(fact);
  const accepted = acceptedForms(fact);
  if (leaks(sentence, fact, accepted) || (fact.kind === "place" && namesItsPeople(sentence, fact.value)))
    return undefined;
  // A year is a number to type ("In what year …?"): asked as one, so a biography's years make numeric questions.
  if (fact.kind === "date" && fact.unit === "year" && /^\d{4}$/.test(answerOf(fact))) {
    return {
      fact,
      type: "numeric",
      prompt: `Type the year: ${sentence}`,
      answer: answerOf(fact),
      acceptedAnswers: accepted,
      numericValue: Number(answerOf(fact)),
    };
  }
  // A weekday is typed as the day the sentence names; "the missing date" would ask for a calendar date.
  const what =
    fact.unit === "weekday"
      ? "the missing day of the week"
      : fact.kind === "date"
        ? "the missing date"
        : fact.kind === "person"
          ? "the missing name"
          : "the missing words";
  return {
    fact,
    type: "cloze",
    prompt: `Type ${what}: ${sentence}`,
    answer: answerOf(fact),
    acceptedAnswers: accepted,
  };
}

/** Numeric: type the amount or count that fills the blank; equivalent forms accepted. */
export function numeric(fact: RawFact): Draft | undefined {
  if (fact.kind !== "money" && fact.kind !== "quantity") return undefined;
  // "more than a dozen", "hundreds": no exact number to type.
  if (vagueQuantity(answerOf(fact))) return undefined;
  const sentence = fillPrompt(fact);
  const accepted = acceptedForms(fact);
  if (
    givesAway(
      sentence,
      accepted.filter((a) => a.length > 1),
    )
  )
    return undefined;
  const unit = fact.kind === "money" ? ` (an amount in ${CURRENCY_NAMES[fact.currency ?? ""] ?? fact.currency})` : "";
  return {
    fact,
    type: "numeric",
    prompt: `Type the number${unit}: ${sentence}`,
    answer: answerOf(fact),
    acceptedAnswers: accepted,
    numericValue: Number(fact.normalized),
  };
}

/** "Aug. 12" → "August 12", "12 August": the spellings a learner may type for an abbreviated date. */
function monthSpellings(date: string): string[] {
  const m = /^([A-Z][a-z]{2,8})\.?\s(\d{1,2})(?:,\s(\d{4}))?$/.exec(date);
  const month = m ? MONTHS.find((x) => x.startsWith(m[1]!.slice(0, 3))) : undefined;
  if (!m || !month) return [];
  const year = m[3] ? ` ${m[3]}` : "";
  return [`${month} ${m[2]}${m[3] ? `, ${m[3]}` : ""}`, `${m[2]} ${month}${year}`];
}

const HEDGES = new Set(["only", "nearly", "hardly", "barely", "scarcely", "mostly", "partly", "largely"]);

/**
 * "diluted substances" for "massively diluted forms of substances", "mathematician and physicist" for "Swiss
 * mathematician and physicist": a description in common words, without the manner adverbs, the "forms of" frame
 * and the nationality that only qualify it. Never without a negation or a hedge ("not guilty", "nearly half").
 */
function descriptionForms(answer: string): string[] {
  const words = answer.split(/\s+/);
  if (words.length < 3 || words.filter((w) => /^\p{Lu}/u.test(w)).length > 1) return [];
  // Tagged only when needed: compromise is the slow part of the generator.
  const tags = words.some((w) => /ly$/.test(w)) || /^\p{Lu}/u.test(answer) ? tokenize(answer) : [];
  const adverb = (w: string) =>
    /ly$/.test(w) &&
    !HEDGES.has(w) &&
    tags.some((t) => t.text === w && t.tags.has("Adverb") && !t.tags.has("Negative"));
  const plain = words.filter((w) => !adverb(w)).join(" ");
  const unframed = (t: string) => t.replace(/\b(?:forms?|kinds?|types?|sorts?) of\s/g, "");
  const demonym = tags[0]?.tags.has("Demonym") && /^\p{Ll}/u.test(words[1] ?? "");
  const unnamed = (t: string) => (demonym ? t.replace(/^\S+\s/, "") : t);
  return [plain, unframed(answer), unframed(plain), unnamed(answer), unnamed(unframed(plain))].filter(
    (f) => f !== answer && f.split(" ").length >= 2,
  );
}

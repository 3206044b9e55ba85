import type { RawFact } from "./raw-fact";
import { hash32 } from "./hash";
import type { Draft } from "./draft";
import type { Context } from "./distractors";
import { acceptedForms, cloze, multipleChoice, numeric } from "./build-fill";
import { ordering, roleQuestions, trueFalseQuote, trueFalseValue, whoSaid } from "./build-other";
import { givesAway } from "./equivalence";
import { capPerSentence } from "./sentence-cap";
import { balanceTrueFalse, dropRepeats, PER_SPEAKER } from "./balance";
import { scoreKey } from "./scores";
import { GENERIC_NAME_WORDS, ORG_WORDS } from "./roles";
import { fragmentary, hasRelativeDate, inNameList, mentionsIn, pronounSubject } from "./prompt-checks";
import { formatIsoDate } from "./dates";
import { askAbout, saysSomething, resolveOpening, type Referents } from "./ask";
import type { Mention } from "./entities";
import { splitSentences, type Sentence } from "./sentences";
import { mainBody, mainPerson, selectQuestions, type ArticleView } from "./select";

const BLANK_KINDS = new Set(["person", "place", "organization", "date", "term"]);
const PER_SENTENCE = 4;
const PER_NAME = 3;

/** Does the article's title already state this value or person (the learner sees the title)? */
export function inTitle(fact: RawFact, title: string | undefined): boolean {
  if (!title) return false;
  // A score the headline gives ("beat Ashford 3-1") is answered before the question is read.
  if (fact.kind === "score")
    return (
      scoreKey(title).includes(String(fact.normalized)) &&
      new RegExp(`(?<![\\d.])${String(fact.normalized).replace("-", "[-–—]")}(?![\\d.])`).test(title.replace(/\s/g, ""))
    );
  if (fact.kind === "money" || fact.kind === "quantity")
    return givesAway(
      title,
      acceptedForms(fact).filter((a) => a.length > 1 || /^\d$/.test(a)),
    );
  // A person, body or place the title names is the story's subject: every choice but one is ruled out.
  if (fact.kind === "person" || fact.kind === "organization" || fact.kind === "place")
    return [fact.value, String(fact.normalized ?? fact.value)].some((n) => nameInTitle(n, fact.kind, title));
  // "day five of the 2018 FIFA football _____" under "FIFA World Cup 2018 day five": a named thing the title gives.
  if (fact.kind === "term" && /^[A-Z]/.test(fact.value)) return words(title).includes(words(fact.value));
  return false;
}

const words = (t: string) =>
  ` ${t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

/** Is the name in the title: in full, by a person's surname, or by a body's distinctive first word ("Halvorsen" for "Halvorsen Foods Inc.")? */
function nameInTitle(name: string, kind: string, title: string): boolean {
  const t = words(title);
  if (t.includes(words(name))) return true;
  const parts = name.split(/\s+/).map((p) => p.replace(/[^A-Za-z-]/g, ""));
  const key = kind === "person" ? parts[parts.length - 1] : kind === "organization" ? parts[0] : undefined;
  if (
    key === undefined ||
    key.length < 4 ||
    !/^[A-Z]/.test(key) ||
    ORG_WORDS.has(key) ||
    GENERIC_NAME_WORDS.has(key.toLowerCase())
  )
    return false;
  // "Margaret Ellison dies" names Margaret, not her daughter Claire Ellison: a surname counts only on its own.
  if (kind === "person") return new RegExp(`(?<![A-Z][\\w'’-]*\\s)\\b${key}\\b`).test(title);
  // Case matters: "legislative election" does not name the Legislative Council.
  return new RegExp(`\\b${key}\\b`).test(title);
}

/** One fill-in question on an amount, once per value: chosen and typed in turn (typed for bounds like "more than 60"). */
function valueQuestion(fact: RawFact, ctx: Context, counts: Map<string, number>): (Draft | undefined)[] {
  const byValue = `v${fact.kind}|${fact.currency ?? ""}|${String(fact.normalized)}`;
  if (counts.has(byValue) || inTitle(fact, ctx.title)) return [];
  // With "more than 60", a smaller choice is also true: only a typed answer is unambiguous.
  const turn = counts.get("turn") ?? 0;
  const typed = fact.approximate || turn % 2 === 1;
  if (!fact.approximate) counts.set("turn", turn + 1);
  const draft = typed ? (numeric(fact) ?? multipleChoice(fact, ctx)) : (multipleChoice(fact, ctx) ?? numeric(fact));
  if (draft) counts.set(byValue, 1);
  return [draft];
}

/** Blanks of names and dates: one question per fact (choice or typed, by hash), few per sentence and per name. */
function blankQuestions(fact: RawFact, ctx: Context, counts: Map<string, number>): (Draft | undefined)[] {
  // "They fired six shells": who "they" are is in another sentence, so the blank has no context.
  if (pronounSubject(fact)) return [];
  if (fact.kind === "score") return inTitle(fact, ctx.title) ? [] : [multipleChoice(fact, ctx)];
  if (!BLANK_KINDS.has(fact.kind)) return valueQuestion(fact, ctx, counts);
  if (inTitle(fact, ctx.title)) return [];
  if (fact.kind === "person" && fact.role) return [];
  // Any item of "A, B and C" fits a typed blank in its place; choices work only if no other item is one.
  const listed = fact.kind !== "date" && inNameList(fact, mentionsIn(ctx.mentions, fact.sentence.index)); // its title questions ask about it better
  const bySentence = `s${fact.sentence.index}`;
  const byName = `n${String(fact.normalized ?? fact.value).toLowerCase()}`;
  // A long sentence carries more facts: it gets one more blank.
  const budget = PER_SENTENCE + (fact.sentence.text.split(/\s+/).length > 30 ? 1 : 0);
  if ((counts.get(bySentence) ?? 0) >= budget || (counts.get(byName) ?? 0) >= PER_NAME) return [];
  const typed = parseInt(hash32(`${fact.id}|blank`).slice(-2), 16) % 3 === 0;
  const chosen = multipleChoice(fact, ctx);
  const draft = listed
    ? chosen?.choices?.some((c) => c !== chosen.answer && fact.sentence.text.includes(c))
      ? undefined
      : chosen
    : ((typed ? cloze(fact) : undefined) ?? chosen ?? cloze(fact));
  if (draft) for (const k of [bySentence, byName]) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [draft];
}

/** The questions worth asking, best first: every candidate, scored and selected (`select.ts`). */
export function buildQuestions(facts: RawFact[], ctx: Context, all = false): Draft[] {
  const { candidates, view } = candidateQuestions(facts, ctx);
  return all ? candidates : selectQuestions(candidates, view);
}

/** Every question the facts support, in article order; each fact yields at most one question per type and variant. */
export function candidateQuestions(facts: RawFact[], ctx: Context): { candidates: Draft[]; view: ArticleView } {
  const speakers = [...new Set(facts.filter((f) => f.kind === "quote" && f.subject).map((f) => f.subject!))];
  const out: Draft[] = [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  // Names and dates compete for the per-sentence budget: people first, then dates, organisations, places.
  // A key phrase ("charged with manslaughter by gross negligence", "died of peritonitis") is what a teacher asks of its
  // sentence: it has the first claim.
  const rank = { person: 0, date: 1, organization: 2, place: 3 } as Record<string, number>;
  const rankOf = (f: RawFact) => (f.kind === "term" && /^[a-z]/.test(f.value) ? -1 : (rank[f.kind] ?? 9));
  const budgeted = new Map<string, (Draft | undefined)[]>();
  for (const fact of [...facts].sort((a, b) => a.sentence.index - b.sentence.index || rankOf(a) - rankOf(b))) {
    budgeted.set(fact.id, blankQuestions(fact, ctx, counts));
  }
  const tally = { True: 0, False: 0 };
  const perSpeaker = new Map<string, number>();
  let roleTurn = 0;
  // "X said" statements stated true, per speaker: the rest name someone else.
  const namedTrue = new Map<string, number>();
  for (const fact of facts) {
    const said = whoSaid(fact, speakers, ctx);
    const quoted = said && (perSpeaker.get(said.answer) ?? 0) < PER_SPEAKER ? said : undefined;
    if (quoted) perSpeaker.set(quoted.answer, (perSpeaker.get(quoted.answer) ?? 0) + 1);
    // True and false statements take turns, so that neither is a safe guess.
    const wantsFalse = tally.False < tally.True;
    // "Who is the Prime Minister?" and "Starmer is the Prime Minister" ask one thing twice: a title
    // stated true is asked by the statement alone.
    // Titles take turns too: one asked by choice with a false statement, the next by a true statement.
    const roleTrue =
      fact.role && roleTurn++ % 2 === 1
        ? roleQuestions(fact, ctx, false).find((d) => d.type === "true-false" && d.answer === "True")
        : undefined;
    // A quote its who-said question asks, or whose speaker has had their share of true statements, is stated false.
    const quoteFalse = wantsFalse || quoted !== undefined || (namedTrue.get(fact.subject ?? "") ?? 0) >= PER_SPEAKER;
    const drafts = [
      ...(budgeted.get(fact.id) ?? []),
      inTitle(fact, ctx.title) ? undefined : trueFalseValue(fact, ctx, wantsFalse),
      quoted,
      trueFalseQuote(fact, speakers, ctx, quoteFalse),
      ordering(fact),
      // "Who is the chief executive?" is answered by a title that names her.
      ...(roleTrue
        ? [roleTrue]
        : roleQuestions(fact, ctx, fact.role !== undefined).filter(
            (d) => d.variant !== "holder" || !inTitle(fact, ctx.title),
          )),
    ];
    for (const d of drafts) {
      if (!d) continue;
      // One true/false statement per sentence about its amounts: two would quote the same sentence.
      const sentenceKey = `tf|${d.fact.sentence.index}`;
      if (d.type === "true-false" && !d.variant) {
        if (seen.has(sentenceKey)) continue;
        seen.add(sentenceKey);
      }
      // The same prompt twice (a fact repeated in the article) is one question.
      const key = `${d.type}|${d.prompt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (d.type === "true-false") tally[d.answer as "True" | "False"]++;
      if (d.variant === "speaker" && d.answer === "True")
        namedTrue.set(fact.subject ?? "", (namedTrue.get(fact.subject ?? "") ?? 0) + 1);
      out.push(d);
    }
  }
  const main = mainPerson(ctx.mentions, ctx.title ?? "", ctx.text);
  const refs: Referents = {
    main,
    mainPronoun: pronounOf(ctx.text ?? ""),
    lifeStory: main !== undefined && main === (ctx.title ?? "").trim(),
  };
  const sentences = ctx.text ? splitSentences(ctx.text) : [];
  const candidates = balanceTrueFalse(
    dropRepeats(capPerSentence(out))
      .flatMap((d) => reword(d, refs, ctx.mentions, ctx.text, ctx.title, sentences[d.fact.sentence.index - 1]) ?? [])
      .flatMap((d) => datedOrDropped(d, ctx.publishedAt)),
  );
  return {
    candidates,
    view: {
      title: ctx.title ?? "",
      words: ctx.words ?? 0,
      text: ctx.text,
      mentions: ctx.mentions,
      main: refs.main,
      mainIsTitle: refs.lifeStory === true,
      body: mainBody(ctx.mentions),
    },
  };
}

const PREFIX = /^(Which fills the blank\?|Type [^:]+:)\s/;

/**
 * A sentence question in its own words: a wh-question where a pattern fits, otherwise only the clause that
 * holds the answer. Dropped when the clause leans on a reference it does not name ("It", "the firm").
 */
function reword(
  d: Draft,
  article: Referents,
  mentions: Mention[],
  text?: string,
  title?: string,
  before?: Sentence,
): Draft | undefined {
  const refs = {
    ...article,
    previous: previousPerson(d, mentions, article.main, text),
    before: text?.slice(0, d.fact.sentence.start),
    title,
  };
  if (d.type === "true-false" && !d.variant) {
    const statement = d.prompt.replace(/^True or false\?\s/, "");
    const resolved = resolveOpening(statement, refs);
    return resolved === undefined ? undefined : { ...d, prompt: `True or false? ${resolved}` };
  }
  const prefix = PREFIX.exec(d.prompt)?.[1];
  if (d.variant || !prefix) return d;
  const s = d.fact.sentence;
  const life = lifeDates(d, refs);
  // Typed: the article's other dates are no fair choices for a birth or a death (a war's dates for a man who lived on).
  if (life)
    return d.type === "multiple-choice"
      ? { ...d, type: "cloze", variant: "wh", prompt: life, choices: undefined, acceptedAnswers: acceptedForms(d.fact) }
      : { ...d, variant: "wh", prompt: life };
  // A blank inside brackets ("(Arabic: …; _____ – 31 March 2016)") is a note, not the sentence's fact; a key phrase
  // in a short aside ("in the Hôpital Cochin (probably of peritonitis), after …") is the fact, set off by commas.
  const said = asideAsCommas(s.text, d.fact.blankStart - s.start, d.fact.blankEnd - s.start, d.fact.kind === "term");
  const opened = said.slice(0, d.fact.blankStart - s.start);
  if ((opened.match(/\(/g) ?? []).length > (opened.match(/\)/g) ?? []).length) return undefined;
  const ask = (r: Referents) =>
    askAbout(
      said,
      d.fact.blankStart - s.start,
      d.fact.blankEnd - s.start,
      { kind: d.fact.kind, placeKind: d.fact.placeKind, unit: d.fact.unit },
      r,
    );
  const sound = (clause: string) =>
    // "Roscosmos Flight Engineers Oleg Kononenko and _____.": what is left of the sentence must still say something.
    saysSomething(clause.replace("_____", d.answer)) &&
    // "To build the foundation for crewed missions to _____.": a purpose without the clause it serves.
    !/^To\s[a-z]+\s/.test(clause) &&
    !fragmentary(clause);
  const asked = ask(refs);
  if (!asked) {
    // "The broadcasts began on _____": the sentence before says which broadcasts. Shown with it, the question has its
    // referent; a sentence before that leans on another, or gives the answer away, is no help.
    const context =
      before &&
      contextFor(d, before, {
        ...article,
        previous: previousPerson({ ...d, fact: { ...d.fact, sentence: before } }, mentions, article.main, text),
        before: text?.slice(0, before.start),
        title,
      });
    const withContext = context ? ask({ ...refs, context: true }) : undefined;
    if (!context || !withContext || !sound(withContext.clause) || !pointsInto(withContext.clause, context))
      return undefined;
    return { ...d, prompt: `${prefix} ${context} ${withContext.clause}`, context };
  }
  if (!asked.wh && !sound(asked.clause)) return undefined;
  if (asked.wh) return { ...d, variant: "wh", prompt: asked.wh };
  return { ...d, prompt: `${prefix} ${asked.clause}` };
}

/**
 * Does the clause's opening point into `context`: "The broadcasts began …" after a sentence about broadcasting, "It"
 * after any sentence (its subject)? "The study focuses on …" after a sentence about undernourishment does not.
 */
function pointsInto(clause: string, context: string): boolean {
  const m = /^The\s((?:[a-z][a-z-]*\s?){1,3})/.exec(clause);
  if (!m) return true;
  const stems = m[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 4)
    .map((w) => w.replace(/(?:ies|es|s|ing|ed)$/, "").slice(0, 6));
  return stems.some((stem) => new RegExp(`\\b${stem}`, "i").test(context));
}

/**
 * The sentence before `d`'s, to be shown with it (the last of the paragraph before, for a paragraph's first sentence):
 * whole and self-contained (an opening "He" resolved, no "they" or "his" before a name, no quotation cut open), short,
 * and not giving the answer away.
 */
function contextFor(d: Draft, before: Sentence | undefined, refs: Referents): string | undefined {
  if (!before || d.type === "true-false") return undefined;
  if (before.text.length > 220 || !/^[A-Z"“]/.test(before.text) || !/[.!?]["”’)]?$/.test(before.text)) return undefined;
  // "He was arrested in 1851.": its "He" resolved as any question's would be.
  const t = resolveOpening(before.text, refs);
  if (t === undefined || (t.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  // A "they" or "his" before any name points further back ("its" most often to a thing of the sentence itself).
  const pronoun = /\b(?:he|she|him|his|her|they|them|their)\b/i.exec(t.slice(1));
  if (pronoun && !/[A-Z][a-z]/.test(t.slice(1, pronoun.index + 1))) return undefined;
  const answers = [d.answer, ...(d.acceptedAnswers ?? [])];
  return givesAway(t, answers) ? undefined : t;
}

/**
 * `text` with the short lowercase aside in brackets around [start, end) written between commas, the offsets before
 * its end unchanged: "Cochin (probably of peritonitis), after" → "Cochin, probably of peritonitis, after".
 */
export function asideAsCommas(text: string, start: number, end: number, term: boolean): string {
  if (!term) return text;
  const open = text.lastIndexOf("(", start);
  const close = text.indexOf(")", end);
  if (open < 1 || close < 0 || text.slice(open, start).includes(")") || text.slice(end, close).includes("("))
    return text;
  const inside = text.slice(open + 1, close);
  if (!/^[a-z]/.test(inside) || inside.split(/\s+/).length > 6 || text[open - 1] !== " ") return text;
  const after = text.slice(close + 1);
  return `${text.slice(0, open - 1)}, ${inside}${/^[,.;:!?]/.test(after) ? "" : ","}${after}`;
}

/**
 * "earlier this week" means nothing without the day it was written: a sentence question that dates
 * something relative to the article says the article's date; undated, a date question is dropped.
 */
function datedOrDropped(d: Draft, publishedAt: string | undefined): Draft[] {
  const quotesSentence = !d.variant && d.type !== "who-said" && d.type !== "ordering";
  if (!quotesSentence || !hasRelativeDate(d.prompt)) return [d];
  if (publishedAt) return [{ ...d, prompt: `${d.prompt} (The article is dated ${formatIsoDate(publishedAt)}.)` }];
  // Undated, "last week" is still context for a score or a name; it cannot place a date or a day.
  return d.fact.kind === "date" ? [] : [d];
}

/** "she" when the article says "she"/"her" far more than "he"/"his" (and the other way round): how it refers to its subject. */
function pronounOf(text: string): "he" | "she" | undefined {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const she = count(/\b(?:she|her|hers|herself)\b/gi);
  const he = count(/\b(?:he|his|him|himself)\b/gi);
  return she >= 3 && she > 2 * he ? "she" : he >= 3 && he > 2 * she ? "he" : undefined;
}

/** "Daniel Bernoulli (8 February 1700 – 17 March 1782) was …": the dates of a life, asked as such. */
function lifeDates(d: Draft, refs: Referents): string | undefined {
  if (d.fact.kind !== "date" || !refs.main) return undefined;
  const s = d.fact.sentence;
  const at = d.fact.blankStart - s.start;
  const end = d.fact.blankEnd - s.start;
  const opened = s.text.slice(0, at);
  const unclosed = (opened.match(/\(/g) ?? []).length > (opened.match(/\)/g) ?? []).length;
  // "Dame Zaha Mohammad Hadid DBE RA (Arabic: …; 31 October 1950 – …)": the subject opens the sentence, titles and all.
  if (!unclosed || !s.text.slice(0, 60).includes(refs.main.split(" ").pop()!) || s.text.indexOf("(") > 80)
    return undefined;
  // "On what date" when the answer is a day: "1904" is no answer to it, as it would be to "When did he die?".
  const when = d.fact.unit === "year" ? "In what year" : "On what date";
  if (/^\s?[–—-]\s?[^()]*\d{3,4}\)/.test(s.text.slice(end)) && /(?:\(|;\s|born\s)$/.test(opened))
    return `${when} was ${refs.main} born?`;
  if (/[–—-]\s?$/.test(opened) && /^\)/.test(s.text.slice(end))) return `${when} did ${refs.main} die?`;
  return undefined;
}

/** The one person named in the sentence before (same paragraph), or the main person when no one is: who "he" is. */
function previousPerson(d: Draft, mentions: Mention[], main: string | undefined, text = ""): string | undefined {
  const s = d.fact.sentence;
  const before = mentions.filter((m) => m.sentence === s.index - 1 && m.kind === "person" && m.name.includes(" "));
  const names = [...new Set(before.map((m) => m.name))];
  // The sentence before, from the text: does it open with a name or with "she" (after "In 2012, ")?
  const head = text.slice(0, s.start).trimEnd();
  const prevStart = Math.max(0, head.search(/[^.!?]*[.!?]["”’)]?$/));
  const opener = (at: number) =>
    text
      .slice(prevStart, at)
      .replace(/^\s*(?:(?:In|On|By|After|Before|Later|Then)\s[^,]{1,30},\s)?/, "")
      .trim().length <= 2;
  const first = mentions
    .filter((m) => m.sentence === s.index - 1 && m.kind === "person")
    .sort((a, b) => a.start - b.start)[0];
  const opensWithName = first !== undefined && opener(first.start);
  const opensWithPronoun = /^(?:(?:In|On|By|After|Before|Later|Then)\s[^,]{1,30},\s)?(?:he|she|his|her)\b/i.test(
    text.slice(prevStart).trimStart(),
  );
  // In a life story "she" stays its subject unless the sentence before opens with someone else: after
  // "In 2012, she was made a Dame by Elizabeth II.", "She was described …" is still the subject of the article.
  if (main && names.length) {
    const surname = (n: string) => n.split(" ").pop()!;
    return opensWithName && surname(first!.name) !== surname(main) ? first!.name : main;
  }
  // "She was made a Dame by Elizabeth II": the one name of a sentence about "she" is not who "she" is.
  if (names.length === 1) return opensWithPronoun && !opensWithName ? main : names[0];
  return names.length === 0 ? main : undefined;
}

import type { Sentence } from "./sentences";
import { findMentions, MAX_SENTENCE, type Mention } from "./entities";
import { findMoney } from "./money";
import { findQuantities } from "./quantities";
import { findDates } from "./dates";
import { findQuotes, quotedSpans } from "./quotes";
import { findLists } from "./lists";
import { findScores, scoreKey } from "./scores";
import { hash32 } from "./hash";
import { findKeyPhrases, findTerms } from "./terms";
import { repeatedTerms } from "./key-terms";
import type { RawFact } from "./raw-fact";
import { withArticleForms } from "./article-names";
import { kindOrPlaceWord } from "./roles";

/** Sentences worth asking about: whole sentences, not headings, date lines or bracketed notes. */
export function usableSentence(s: Sentence): boolean {
  // "We could've scored ..." continues a quotation whose speaker is out of sight: no context to ask about.
  const firstPerson = /^["“]?(?:I|I'm|I've|We|We're|We've|We'd|Our|My|You|Your|If we|If I|But we|But I)\b/.test(s.text);
  return (
    s.text.length <= MAX_SENTENCE &&
    s.text.split(/\s+/).length >= 6 &&
    /[.!?]["”’)]?$/.test(s.text) &&
    !/^\(/.test(s.text) &&
    !firstPerson
  );
}

const overlaps = (a: { blankStart: number; blankEnd: number }, b: { blankStart: number; blankEnd: number }) =>
  a.blankStart < b.blankEnd && b.blankStart < a.blankEnd;

/** Where a fact stands: its text and sentence, and the blank's article offsets from sentence offsets [start, end). */
function spanOf(s: Sentence, start: number, end: number, value: string) {
  return { value, sentence: s, blankStart: s.start + start, blankEnd: s.start + end };
}

function make(f: Omit<RawFact, "id">): RawFact {
  return { ...f, id: `f-${hash32(`${f.kind}|${f.value}|${f.blankStart}`)}` };
}

function valueFacts(s: Sentence, publishedAt: string | undefined, inQuote: (i: number) => boolean): RawFact[] {
  const out: RawFact[] = [];
  const push = (f: Omit<RawFact, "id">) => {
    if (!out.some((o) => overlaps(o, f)) && !inQuote(f.blankStart)) out.push(make(f));
  };
  for (const m of findMoney(s.text)) {
    push({
      kind: "money",
      ...spanOf(s, m.start, m.conversion?.end ?? m.end, m.text),
      normalized: m.value,
      unit: m.currency,
      currency: m.currency,
      alternatives: m.conversion ? [m.conversion.text] : undefined,
      approximate: /\b(?:more than|over|about|around|nearly|almost|some|up to|at least)\s*$/.test(
        s.text.slice(0, m.start),
      ),
    });
  }
  for (const sc of findScores(s.text)) {
    push({
      kind: "score",
      ...spanOf(s, sc.start, sc.end, sc.text),
      normalized: scoreKey(sc.text),
      unit: "score",
    });
  }
  for (const d of findDates(s.text, publishedAt)) {
    push({
      kind: "date",
      ...spanOf(s, d.start, d.end, d.text),
      normalized: d.iso,
      weekday: d.weekday,
      unit: d.year
        ? "year"
        : d.month
          ? "month"
          : d.weekday
            ? "weekday"
            : /^[Yy]esterday$/.test(d.text)
              ? "relative"
              : "day",
    });
  }
  for (const q of findQuantities(s.text)) {
    push({
      kind: "quantity",
      ...spanOf(s, q.numStart, q.numEnd, q.text),
      normalized: q.value,
      unit: q.unit,
      approximate: Boolean(q.qualifier) || /^(?:a\s)?dozen$/i.test(q.numText),
      subject: q.numText,
    });
  }
  return out;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME_WORD = /[\p{Lu}\d][\p{L}\d'’.&-]*/u;
const JOINER = /^(?:of|the|&|for|de|du|von|van)$/;

/** The words of the capitalised run around `at` in `text` ("Space" in "Space Shuttle Columbia" → all three). */
function runAround(text: string, at: number, length: number): string[] {
  const before = text.slice(0, at).split(" ").slice(0, -1).reverse();
  const after = text
    .slice(at + length)
    .split(" ")
    .slice(1);
  const take = (words: string[]) => {
    const out: string[] = [];
    for (const w of words) {
      if (!NAME_WORD.test(w[0] ?? "") && !JOINER.test(w)) break;
      out.push(w.replace(/[,;:.!?)'’"”]+$/, ""));
      if (/[,;:!?)"”]$/.test(w)) break;
    }
    while (out.length && JOINER.test(out[out.length - 1]!)) out.pop();
    return out;
  };
  // A word right after a sentence's punctuation is no part of the run before it.
  const left = /[,;:!?(]$/.test(text.slice(0, at).trimEnd()) ? [] : take(before);
  return [...left, text.slice(at, at + length), ...take(after)].filter((w) => !JOINER.test(w));
}

/**
 * Does the rest of the sentence give the name away? A person's surname used again ("Thomas Sam and his wife Manju
 * Sam"); for another name, a distinctive word of it used alone or in a shorter form of the name ("the Intrepid
 * Museum … Intrepid's", "the Royal Academy … the Royal Academy of Arts"). A generic word ("the Intrepid
 * Sea-Air-Space Museum" beside "the National Air and Space Museum") or a word of a different name ("United Kingdom
 * and United States") gives nothing away.
 */
/** One name's words all among the other's ("Royal Academy" and "Royal Academy of Arts"). */
function nested(a: string[], b: string[]): boolean {
  const bare = (w: string) => w.replace(/['’]s$/, "");
  return a.every((w) => b.includes(bare(w))) || b.every((w) => a.map(bare).includes(w));
}

function repeatedElsewhere(s: Sentence, m: Mention): boolean {
  const all = m.text.split(/\s+/).filter((w) => !JOINER.test(w) && w !== "and");
  // "Medical Journal of Australia … in mainland Australia": a body's place word gives the body away no more than a
  // generic word does.
  const generic = (w: string) => kindOrPlaceWord(w, m.kind === "place");
  const words =
    m.kind === "person"
      ? all.slice(-1)
      : all.length > 1 && all.some((w) => !generic(w))
        ? all.filter((w) => !generic(w))
        : all;
  const from = m.start - s.start;
  const to = m.end - s.start;
  return words.some((w) =>
    [...s.text.matchAll(new RegExp(`(?<![\\p{L}\\d'’-])${escapeRe(w)}(?![\\p{L}\\d-])`, "gu"))].some(
      (x) =>
        (x.index < from || x.index >= to) &&
        (m.kind === "person" || all.length === 1 || nested(runAround(s.text, x.index, w.length), all)),
    ),
  );
}

function mentionFacts(
  s: Sentence,
  mentions: Mention[],
  taken: RawFact[],
  inQuote: (i: number) => boolean,
  inList: (i: number) => boolean,
  speakers: Set<string>,
  soleNames: Set<string>,
): RawFact[] {
  const out: RawFact[] = [];
  // The speaker of a quote in this sentence is asked by the who-said question: a blank would repeat it.
  const seen = new Set<string>(speakers);
  for (const m of mentions) {
    // A name inside an enumeration is shown by the ordering question: blanking it would be answered there.
    if (m.sentence !== s.index || seen.has(m.name) || inQuote(m.start) || inList(m.start) || m.attributive) continue;
    // Skip a name the sentence repeats: a blank would be answered by the rest of the sentence.
    if (repeatedElsewhere(s, m) || (m.kind === "person" && !m.name.includes(" ") && !soleNames.has(m.name))) continue;
    seen.add(m.name);
    const f = make({
      kind: m.kind,
      value: m.text,
      sentence: s,
      blankStart: m.start,
      blankEnd: m.end,
      normalized: m.name,
      role: m.role,
      placeKind: m.placeKind,
      alternatives: m.name !== m.text ? [m.name] : undefined,
    });
    if (![...taken, ...out].some((o) => overlaps(o, f))) out.push(f);
  }
  return out;
}

/**
 * People the article names by one word only, in two sentences or more ("their baby, Gloria … Gloria developed
 * eczema"): a given name that is no part of anyone's fuller name, so the blank has one answer.
 */
function knownByOneName(mentions: Mention[]): Set<string> {
  const inFullNames = new Set(
    mentions.filter((m) => m.kind === "person" && m.name.includes(" ")).flatMap((m) => m.name.split(/\s+/)),
  );
  const sentencesOf = new Map<string, Set<number>>();
  for (const m of mentions)
    if (m.kind === "person" && !m.name.includes(" ") && /^\p{Lu}\p{Ll}+$/u.test(m.name))
      sentencesOf.set(m.name, (sentencesOf.get(m.name) ?? new Set()).add(m.sentence));
  return new Set([...sentencesOf].filter(([n, at]) => at.size >= 2 && !inFullNames.has(n)).map(([n]) => n));
}

/** Ages the way news gives them: "Daniel Reyes, 47, of Springfield" and "a man aged 34". */
function ageFacts(s: Sentence, mentions: Mention[]): RawFact[] {
  const out: RawFact[] = [];
  const add = (at: number, digits: string) => {
    const n = Number(digits);
    if (n >= 1 && n <= 115)
      out.push(
        make({
          kind: "quantity",
          ...spanOf(s, at, at + digits.length, digits),
          normalized: n,
          unit: "age",
          subject: digits,
        }),
      );
  };
  for (const m of mentions) {
    if (m.sentence !== s.index || m.kind !== "person") continue;
    const after = /^,\s(\d{1,3}),\s/.exec(s.text.slice(m.end - s.start));
    if (after) add(m.end - s.start + 2, after[1]!);
  }
  for (const m of s.text.matchAll(/\baged\s(\d{1,3})\b(?!\s*(?:to|and|or|-|–)\s*\d)/g))
    add(m.index + m[0].length - m[1]!.length, m[1]!);
  return out;
}

/** Extracts every typed fact of the article, in article order. */
export function extractFacts(sentences: Sentence[], publishedAt?: string): { facts: RawFact[]; mentions: Mention[] } {
  const mentions = findMentions(sentences);
  const facts: RawFact[] = [];
  const quotes = findQuotes(sentences, mentions);
  // Indexed once: per sentence, scanning every mention and quote of a long article costs sentences × mentions.
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const quotesBySentence = new Map<number, typeof quotes>();
  for (const q of quotes) quotesBySentence.set(q.sentence, [...(quotesBySentence.get(q.sentence) ?? []), q]);
  const nameWords = new Set(mentions.flatMap((m) => m.name.split(/\s+/)));
  const soleNames = knownByOneName(mentions);
  const repeated = repeatedTerms(sentences, usableSentence);
  for (const s of sentences) {
    const here = bySentence.get(s.index) ?? [];
    const quotesHere = quotesBySentence.get(s.index) ?? [];
    // Quotations are asked about wherever they are (who said it needs no other context).
    for (const q of quotesHere) {
      facts.push(
        make({
          kind: "quote",
          value: q.text,
          sentence: s,
          blankStart: q.start,
          blankEnd: q.end,
          subject: q.speaker,
          speakerKind: q.speakerKind,
          ...(q.speakerSentence < s.index && { speakerSentence: sentences[q.speakerSentence] }),
        }),
      );
    }
    if (!usableSentence(s)) continue;
    const spans = quotedSpans(s.text).map((q) => ({ start: s.start + q.start, end: s.start + q.end }));
    const inQuote = (i: number) => spans.some((q) => i >= q.start && i < q.end);
    const lists = findLists(s.text);
    // A count the sentence then enumerates ("three points -- a, b and c") answers itself.
    const values = valueFacts(s, publishedAt, inQuote).filter(
      (f) =>
        !(
          f.kind === "quantity" &&
          lists.some((l) => f.blankStart - s.start >= l.start && f.blankStart - s.start < l.start + 20)
        ),
    );
    // "Two politicians, A and B, ...": a small count of the names that follow answers itself.
    // People are counted apart from their parties ("Two politicians, A of the X Party and B of Y").
    const named = (f: RawFact, kinds: string[]) => {
      // Only the clause the count opens: ", with Junius Ho defeating ..." names others.
      const tail = s.text.slice(f.blankEnd - s.start);
      const stop = f.blankEnd + (tail.search(/,\s(?:with|which|who|while|after|as|but)\b|;/) + 1 || tail.length + 1);
      return new Set(
        here.filter((m) => m.start > f.blankEnd && m.start < stop && kinds.includes(m.kind)).map((m) => m.name),
      ).size;
    };
    const answersItself = (f: RawFact) =>
      [["person"], ["organization"], ["person", "organization"]].some((k) => named(f, k) === Number(f.normalized));
    const counted = values.filter((f) => !(f.kind === "quantity" && Number(f.normalized) <= 10 && answersItself(f)));
    const inList = (i: number) => lists.some((l) => i >= s.start + l.start && i < s.start + l.end);
    const speakers = new Set(quotesHere.map((x) => x.speaker));
    const ages = ageFacts(s, here).filter((a) => !counted.some((o) => overlaps(o, a)));
    const names = mentionFacts(s, here, [...counted, ...ages], inQuote, inList, speakers, soleNames);
    const terms = findTerms(s, here, nameWords)
      .filter((t) => t.kind !== "person" || t.text.includes(" "))
      .map((t) =>
        make({
          kind: t.kind,
          ...spanOf(s, t.start, t.end, t.text),
          normalized: t.text,
          ...(t.kind === "place" && { placeKind: "city" }),
        }),
      )
      .filter(
        (t) =>
          !inQuote(t.blankStart) &&
          !inList(t.blankStart) &&
          ![...counted, ...ages, ...names].some((o) => overlaps(o, t)),
      );
    const taken = [...counted, ...ages, ...names, ...terms];
    // Key phrases: a quoted one is asked inside its marks, so the quotation that holds it is no bar.
    const keyPhrases = findKeyPhrases(s);
    // A lead's repeated term is asked only where the sentence has nothing else to ask: its other uses in the
    // article crowd the deck's prompts, and a sentence's own names, numbers and key phrases come first.
    const leadTerms = taken.length || keyPhrases.length ? [] : (repeated.get(s.index) ?? []);
    const phrases = [...keyPhrases, ...leadTerms.filter((t) => !inQuote(s.start + t.start))]
      .map((t) =>
        make({
          kind: "term",
          ...spanOf(s, t.start, t.end, t.text),
          normalized: t.text,
          ...(t.quoted && { quoted: true }),
        }),
      )
      .filter(
        (t, i, all) =>
          !inList(t.blankStart) &&
          !taken.some((o) => overlaps(o, t)) &&
          all.findIndex((o) => o.value.toLowerCase() === t.value.toLowerCase()) === i,
      );
    facts.push(...taken, ...phrases);
    for (const l of lists) {
      facts.push(
        make({
          kind: "list",
          ...spanOf(s, l.start, l.end, l.intro),
          items: l.items,
        }),
      );
    }
  }
  facts.sort((a, b) => a.sentence.start - b.sentence.start || a.blankStart - b.blankStart);
  return { facts: withArticleForms(facts, sentences, mentions), mentions };
}

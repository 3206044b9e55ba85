import { tokenize, type Token } from "./tokens";
import type { RawFact } from "./raw-fact";
import type { Mention } from "./entities";

/**
 * Removes quotation marks that do not pair up (a quote opened in the sentence and closed in the next,
 * or closed from the previous one), so a prompt never shows a stray mark. Straight and curly marks apart.
 */
export function balanceQuotes(text: string): string {
  const drop = new Set<number>();
  const open: number[] = [];
  for (const m of text.matchAll(/["“”]/g)) {
    const before = m.index === 0 ? " " : text[m.index - 1]!;
    // A straight mark opens after a space or bracket, and closes after a word or punctuation.
    const opens = m[0] === "“" || (m[0] === '"' && /[\s(\[—–-]/.test(before));
    if (opens) open.push(m.index);
    else if (open.length) open.pop();
    else drop.add(m.index);
  }
  for (const i of open) drop.add(i);
  if (!drop.size) return text;
  return text
    .split("")
    .map((c, i) => (drop.has(i) ? "" : c))
    .join("")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .trim();
}

const RELATIVE =
  /\b(?:yesterday|tomorrow|today|tonight|(?:last|next|this|earlier this|later this)\s(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|(?:a|one|two|three)\s(?:days?|weeks?|months?|years?)\sago)\b/i;

/** Does the text date something only relative to the day it was written ("yesterday", "last week")? */
export function hasRelativeDate(text: string): boolean {
  return RELATIVE.test(text);
}

/** "a dozen", "dozens", "hundreds", "several": a quantity that is no exact number to type. */
export function vagueQuantity(written: string): boolean {
  return (
    !/\d/.test(written) &&
    /\b(?:dozens?|scores|hundreds|thousands|millions|several|many|few|handful|couple)\b/i.test(written)
  );
}

/**
 * Does the sentence open on a pronoun whose antecedent is in an earlier sentence ("They said…",
 * "Six shells of them hit…")? A blank in it has no context to be answered from.
 */
export function pronounSubject(fact: RawFact): boolean {
  const t = fact.sentence.text.replace(/^["“'‘\s]+/, "");
  return /^(?:They|It|These|Those|Them)\b/.test(t) || /^(?:\S+\s){0,4}of (?:them|these|those)\b/i.test(t);
}

const CAP = "(?:the\\s)?[A-Z][\\w.'’&-]*(?:\\s[A-Z][\\w.'’&-]*){0,3}";
const LIST_AFTER = new RegExp(`^,\\s${CAP}(?:,\\s${CAP})*,?\\s(?:and|or)\\s${CAP}`);
const LIST_BEFORE = new RegExp(`${CAP}(?:,\\s${CAP})*,\\s${CAP},?\\s(?:and|or)\\s$|${CAP},\\s${CAP},\\s$`);
const LINK = /^\s*(?:,\s*(?:and|or|&)?|and|or|&|\/)\s*(?:the\s)?$/;

/**
 * Is the fact one item of a coordinated list of names of its kind ("Intuitive Machines, Lunar Outpost,
 * and Venturi Astrolab")? Any item fits the blank, so the blank has no single answer.
 */
export function inNameList(fact: RawFact, sentenceMentions: Mention[]): boolean {
  const s = fact.sentence.text;
  const at = (i: number) => i - fact.sentence.start;
  // Three or more capitalised names in a row, whether or not each was typed as a name.
  if (
    LIST_AFTER.test(s.slice(at(fact.blankEnd))) ||
    LIST_BEFORE.test(s.slice(Math.max(0, at(fact.blankStart) - 160), at(fact.blankStart)))
  )
    return true;
  return sentenceMentions.some(
    (m) =>
      m.kind === fact.kind &&
      m.start !== fact.blankStart &&
      ((m.end <= fact.blankStart && LINK.test(s.slice(at(m.end), at(fact.blankStart)))) ||
        (m.start >= fact.blankEnd && LINK.test(s.slice(at(fact.blankEnd), at(m.start))))),
  );
}

const BY_SENTENCE = new WeakMap<Mention[], Map<number, Mention[]>>();

/** The mentions of one sentence (indexed once per article: long articles have thousands). */
export function mentionsIn(mentions: Mention[], sentence: number): Mention[] {
  let index = BY_SENTENCE.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m.sentence);
      if (list) list.push(m);
      else index.set(m.sentence, [m]);
    }
    BY_SENTENCE.set(mentions, index);
  }
  return index.get(sentence) ?? [];
}

const INTRO =
  /^(?:On|In|At|After|Before|Following|Earlier|Later|Last|This|Meanwhile|However|Also|Since|During|Under|Separately|Instead|Still|Yet|Then|Now|Overall|Elsewhere)\b[^,"“”]{0,60},\s+(?=\S)/;
const TAIL =
  /,\s(?:which|where|who|while|as|after|before|saying|adding|emphasizing|stressing|according|with|but|although|though|when|amid|despite)\b|;\s|\s(?:--|—|–)\s/;
const TRAILING =
  /,\s((?:the|The)\s[a-z][\w\s'’-]{1,40}?|(?:[A-Z][\w.'’&-]*\s?){1,4})\s(?:said|says|added|reported|found|estimated|told\s[^,"“]{1,40}?)(?:\sin\sa\sstatement|\son\s[A-Z]\w+)?$/;
const FRAME =
  /^(?!(?:He|She|It|They|We|I)\s)((?:[A-Z][\w.'’-]*\s){1,6}|[Tt]he\s(?:\w+\s){1,3})(?:said|announced|added|told\s[^,"“]{1,40}?|reported|confirmed|stated|estimated)\s(?:on\s[A-Z]\w+\s)?that\s/;

/**
 * A true/false statement in its own words: the clause that carries the value, without the article's
 * opening phrase, asides in brackets or trailing clauses, and "X said that …" turned into
 * "According to X, …", so it is not a sentence copied word for word. `middle` is the value shown.
 */
export function statementOf(before: string, middle: string, after: string): string {
  // "In Japan, where …": the opening phrase carries the clause that follows it.
  const opened = before.replace(INTRO, "");
  let b = (/^(?:where|which|who|whose|when)\b/i.test(opened) ? before : opened).replace(/\s\([^()]*\)/g, "");
  let a = after.replace(/\s\([^()]*\)/g, "");
  const cut = a.search(TAIL);
  if (cut >= 0) a = a.slice(0, cut).replace(/[,:]$/, "");
  a = a.replace(/[\s.,;:!?]*$/, "");
  // "…, the company said." at the end is the same frame the other way round.
  const trailing = TRAILING.exec(a);
  if (trailing && !FRAME.test(b)) {
    a = a.slice(0, trailing.index);
    b = `According to ${trailing[1]!.replace(/^The\s/, "the ")}, ${b.charAt(0).toLowerCase()}${b.slice(1)}`;
  }
  const frame = FRAME.exec(b);
  if (frame) {
    const who = frame[1]!.trim().replace(/^The\s/, "the ");
    b = `According to ${who}, ${b.slice(frame[0].length)}`;
  }
  const text = `${b}${middle}${a}`.trim();
  return balanceQuotes(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
}

const plain = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Is the statement the article's sentence word for word (so a true one is recognised, not known)? */
export function copiesSentence(statement: string, sentence: string): boolean {
  return plain(statement) === plain(sentence);
}

/**
 * A clause cut from a sentence that reads as a piece of one: it opens with a verb ("Commenced Emperor Norton's …"),
 * a year and a dash ("1818 – _____), known as …"), or has a bracket it does not open or close.
 */
export function fragmentary(clause: string): boolean {
  if (/^\d{3,4}\s?[–—-]/.test(clause)) return true;
  // "Speaking in the parents' defense, _____, SC, said that.": what was said is cut away.
  if (
    /\b(?:said|says|told|added|stated|that)\.?$/.test(clause.trim()) ||
    /\b(?:said|says|added|stated) that,/.test(clause)
  )
    return true;
  if ((clause.match(/\(/g) ?? []).length !== (clause.match(/\)/g) ?? []).length) return true;
  // "… boats of migrants which.", "… in 1872 and.": cut where the sentence went on.
  if (/\b(?:and|or|but|nor|the|a|an|of|which|that|who|whose|whom)\.?$/i.test(clause.trim())) return true;
  // "University of North Carolina at Chapel Hill, which also were recipients of …": a relative clause never closed,
  // so the sentence has no verb of its own.
  if (/^[^,]{1,80},\s(?:which|who)\s[^,]*$/.test(clause.trim())) return true;
  const tokens = tokenize(clause.replace("_____", "X"));
  const finite = (t: Token) =>
    ["PastTense", "PresentTense", "Copula", "Auxiliary", "Modal"].some((tag) => t.tags.has(tag)) &&
    !t.tags.has("Gerund");
  // "Including scores of _____ further symphonies and other works.": a phrase with no clause to serve.
  if (/^(?:Including|Excluding|Such as|Along with|Together with|Among them)\b[^,]*$/.test(clause.trim())) return true;
  if (/^[A-Z][a-z]+ing\s/.test(clause) && !tokens.some(finite)) return true;
  // "Disco club owner _____ of Studio 54.": nothing in it can be a verb (the tagger misses some: "rose", "employs").
  if (
    !tokens.some(finite) &&
    !/\b[a-z]+(?:s|ed)\b|\b(?:rose|fell|grew|won|lost|took|made|said|led|went|came|saw|became|began|held|left|met|put|ran|set|sold|told|wrote|gave|kept|paid|bought|brought|built|chose|drove|fought|found|hit|knew|let|meant|read|sent|shot|spent|stood|struck|thought|threw|understood|woke|wore|beat|bore|cut|drew|flew|forgot|got|heard|hid|laid|lay|lit|rang|rode|rose|sang|sank|slept|spoke|stole|swore|swam|taught|tore|wept|won|can|could|will|would|may|might|must|shall|should|do|did|be|been|are|were|had|have)\b/.test(
      clause.replace(/\b(?:is|was|has|as|its|this|his|us|thus|plus|across|towards)\b/g, ""),
    )
  )
    return true;
  // "In the cemetery of his native town – _____.": no verb, no statement.
  if (
    /\s[–—]\s/.test(clause) &&
    !tokens.some((t) => ["Verb", "Copula", "Auxiliary", "Modal"].some((tag) => t.tags.has(tag)))
  )
    return true;
  const first = tokens[0];
  return (
    first !== undefined && /^[A-Z][a-z]+ed$/.test(first.text) && first.tags.has("Verb") && !first.tags.has("Adjective")
  );
}

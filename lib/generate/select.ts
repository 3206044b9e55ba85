import type { Draft } from "./draft";
import type { Mention } from "./entities";
import { WEEKDAYS } from "./dates";

/** What the scorer knows about the article as a whole. */
export type ArticleView = {
  title: string;
  words: number;
  mentions: Mention[];
  /** The article's text, to tell how often an answer appears in it. */
  text?: string;
  /** The person the article is about, when one dominates it: never an answer (too easy), always a referent. */
  main?: string;
};

/** Named features of one candidate question; its score is their sum. */
export type Features = Record<string, number>;

const STOP = new Set("the and for with that this from have were been will into about after over their they them than what when which while more most also said says".split(" "));
const contentWords = (t: string) => new Set(t.toLowerCase().match(/[a-z][a-z'-]{3,}/g)?.filter((w) => !STOP.has(w)) ?? []);
export const norm = (t: string) => ` ${t.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9%]+/g, " ").trim()} `;

/** How many sentences name each entity (by full name): the article's cast, most central first. */
export function centrality(mentions: Mention[]): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const m of mentions) seen.set(m.name, (seen.get(m.name) ?? new Set()).add(m.sentence));
  return new Map([...seen].map(([k, v]) => [k, v.size]));
}

/** The person an article is about: the title itself (a biography), or named in far more sentences than anyone else. */
export function mainPerson(mentions: Mention[], title: string): string | undefined {
  const people = mentions.filter((m) => m.kind === "person");
  const surname = (n: string) => n.split(" ").pop() ?? n;
  // "Zaha Hadid" over an article that calls her "Dame Zaha Mohammad Hadid DBE RA", then "Hadid".
  const t = title.trim();
  if (/^(?:[A-Z][\p{L}'’.-]+\s){1,3}[A-Z][\p{L}'’-]+$/u.test(t) && people.some((m) => surname(t) === surname(m.name) || m.name.split(" ").includes(surname(t)))) return t;
  const bySurname = new Map<string, Set<number>>();
  for (const m of people) bySurname.set(surname(m.name), (bySurname.get(surname(m.name)) ?? new Set()).add(m.sentence));
  const ranked = [...bySurname].sort((a, b) => b[1].size - a[1].size);
  const [top, second] = ranked;
  if (!top || top[1].size < 4 || top[1].size < 2 * (second?.[1].size ?? 0)) return undefined;
  const full = people.filter((m) => surname(m.name) === top[0] && m.name.includes(" ")).map((m) => m.name);
  return full.sort((a, b) => a.length - b.length)[0];
}

/** The value a question is about, for keeping one question per fact and answer. */
function keyOf(d: Draft): string {
  if (d.type === "true-false") return norm(d.fact.kind === "quote" ? d.fact.value.slice(0, 40) : d.fact.value);
  if (d.type === "ordering") return norm(d.answer);
  return norm(d.answer);
}

/** Does `text` contain `answer` as whole words (a person also by surname)? */
function mentionsAnswer(text: string, d: Draft): boolean {
  if (d.type === "true-false" || d.type === "ordering") return false;
  const t = norm(text);
  const a = norm(d.answer);
  if (a.trim().length < 3 && !/\d/.test(a)) return false;
  if (/^ \d $/.test(a)) return false;
  return t.includes(a);
}

/** What a question shows the learner before they answer: its prompt (and a statement's whole text). */
const shown = (d: Draft) => d.prompt;

/** Scores one candidate from named features (higher: more worth asking). */
export function featuresOf(d: Draft, view: ArticleView, cast: Map<string, number>, topCountry: string | undefined): Features {
  const f: Features = {};
  const s = d.fact.sentence;
  if (s.index === 0) f.lead = 1;
  else if (s.index <= 2) f.lead = 0.5;
  const title = contentWords(view.title);
  const shared = [...contentWords(s.text)].filter((w) => title.has(w)).length;
  if (shared) f.headline = Math.min(1, 0.35 * shared);
  const inSentence = [...new Set(view.mentions.filter((m) => m.sentence === s.index).map((m) => m.name))];
  const castWeight = inSentence.reduce((sum, n) => sum + Math.min(3, (cast.get(n) ?? 1) - 1), 0);
  if (castWeight) f.cast = Math.min(0.8, 0.15 * castWeight);
  const kind = d.fact.kind;
  const typeWeight: Record<string, number> = { person: 0.6, organization: 0.5, place: 0.35, date: 0.45, money: 0.7, quantity: 0.6, score: 0.8, quote: 0.45, list: 0.5, term: 0.8 };
  f.kind = typeWeight[kind] ?? 0.3;
  if (d.type !== "true-false" && (kind === "person" || kind === "organization" || kind === "place")) {
    const n = cast.get(String(d.fact.normalized ?? d.answer)) ?? 1;
    if (n > 1) f.central = Math.min(0.6, 0.2 * (n - 1));
  }
  if (d.variant === "wh") f.ownWords = 0.6;
  if (d.type === "true-false") f.trueFalse = -0.6;
  if (d.variant === "holder" || d.variant === "title") f.titleTrivia = -0.7;
  if (d.type === "who-said") f.quote = d.fact.subject && (cast.get(d.fact.subject) ?? 0) >= 2 ? 0.4 : 0.1;
  if (/\bdefin|\bcalled\b|\bknown as\b/i.test(d.prompt) || d.variant === "term") f.definition = 0.4;
  if ((kind === "money" || kind === "quantity") && inSentence.some((n) => (cast.get(n) ?? 0) >= 3)) f.storyNumber = 0.3;
  if (d.prompt.length > 140) f.long = -Math.min(1.5, (d.prompt.length - 140) / 80);
  if (kind === "place" && topCountry && norm(d.answer) === norm(topCountry)) f.ownCountry = -0.8;
  if (/\(The article is dated/.test(d.prompt)) f.relativeDate = -0.3;
  if (d.fact.unit === "age") f.age = -0.3;
  return f;
}

/** Candidates no teacher would keep, whatever their score. */
function refused(d: Draft, view: ArticleView): boolean {
  // "Who is the Prime Minister?": a title everyone knows is trivia.
  if ((d.variant === "holder" || d.variant === "title") && /\b(?:President|Prime Minister|King|Queen|Chancellor|Pope|Premier)\b/.test(d.fact.role ?? "")) return true;
  if (d.type !== "true-false" && WEEKDAYS.includes(d.answer)) return true;
  if (view.main && d.type !== "true-false" && d.fact.kind === "person" && norm(view.main).includes(norm(d.answer))) return true;
  // The answer must not be in its own prompt (a name may be re-inserted when "he" is resolved).
  if (d.type !== "true-false" && d.type !== "ordering" && mentionsAnswer(shown(d), d)) return true;
  return false;
}

/** How many questions an article of `words` words deserves. */
export function targetCount(words: number): number {
  return Math.max(12, Math.min(45, Math.round(words / 18)));
}

/**
 * Overgenerate, score, select: keeps the best candidates, at most one per fact and per answer, at most two
 * per sentence, none whose prompt shows another kept question's answer, true/false at most a fifth.
 * Returns them best first.
 */
export function selectQuestions(candidates: Draft[], view: ArticleView, why?: Map<Draft, string>): Draft[] {
  const cast = centrality(view.mentions);
  const places = centrality(view.mentions.filter((m) => m.kind === "place" && m.placeKind === "country"));
  const topCountry = [...places].sort((a, b) => b[1] - a[1]).find(([, n]) => n >= 3)?.[0];
  const scored = candidates
    .map((d, i) => ({ d, i, score: Object.values(featuresOf(d, view, cast, topCountry)).reduce((a, b) => a + b, 0) }))
    .filter((c) => !refused(c.d, view) || void why?.set(c.d, "refused"))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const target = targetCount(view.words);
  const body = norm(view.text ?? "");
  // A person by surname: "Starmer" throughout an article that names "Keir Starmer" once.
  const rare = (d: Draft) => body.split(d.fact.kind === "person" || d.type === "who-said" ? ` ${norm(d.answer).trim().split(" ").pop()} ` : norm(d.answer)).length - 1 <= 2;
  const kept: Draft[] = [];
  const facts = new Set<string>();
  const answers = new Set<string>();
  const perSentence = new Map<number, number>();
  let trueFalse = 0;
  for (const { d } of scored) {
    if (kept.length >= target) break;
    const sentence = d.fact.sentence.index;
    if (facts.has(d.fact.id) || answers.has(keyOf(d))) { why?.set(d, "same fact or answer"); continue; }
    if ((perSentence.get(sentence) ?? 0) >= 2) { why?.set(d, "sentence has two"); continue; }
    if (d.type === "true-false" && trueFalse + 1 > Math.max(2, Math.floor(target / 5))) { why?.set(d, "true/false share"); continue; }
    // Seeing an answer in another prompt gives it away when the two are close or the answer is rare in the article.
    // Same sentence: always; the next one: unless the answer is one the article names again and again.
    const near = (k: Draft, a: Draft) => k.fact.sentence.index === sentence || (Math.abs(k.fact.sentence.index - sentence) <= 1 && rare(a));
    if (kept.some((k) => (near(k, k) && mentionsAnswer(shown(d), k)) || (near(k, d) && mentionsAnswer(shown(k), d)) || (d.type === "true-false" && k.fact.sentence.index === sentence) || (k.type === "true-false" && k.fact.sentence.index === sentence && norm(k.prompt).includes(norm(d.answer))))) { why?.set(d, "answers another"); continue; }
    kept.push(d);
    facts.add(d.fact.id);
    answers.add(keyOf(d));
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
    if (d.type === "true-false") trueFalse++;
  }
  return kept;
}

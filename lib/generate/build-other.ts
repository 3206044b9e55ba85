import type { RawFact } from "./raw-fact";
import type { Draft } from "./draft";
import { distractorsFor, type Context } from "./distractors";
import { definite, shortQuote } from "./question-text";
import { copiesSentence, pronounSubject, statementOf } from "./prompt-checks";
import { givesAway, sameThing } from "./equivalence";
import { answerOf } from "./build-fill";
import { hash32, hashOrder } from "./hash";
import { personName } from "./distractors";

const TF = ["True", "False"];

/**
 * True/false on an amount: the sentence as written, or with the amount swapped for another of the
 * same type that the article does not give for it. Approximate amounts ("more than 5,000") are only
 * asked true, since a swapped bound is not certainly false.
 */
export function trueFalseValue(fact: RawFact, ctx: Context, wantsFalse: boolean): Draft | undefined {
  // A year too: "… went to St. Petersburg in 1724" stated with another year is certainly false.
  const year = fact.kind === "date" && fact.unit === "year";
  if (fact.kind !== "money" && fact.kind !== "quantity" && fact.kind !== "score" && !year) return undefined;
  if (pronounSubject(fact)) return undefined;
  const s = fact.sentence;
  const before = s.text.slice(0, fact.blankStart - s.start);
  const after = s.text.slice(fact.blankEnd - s.start);
  const answer = answerOf(fact);
  const swap = distractorsFor(fact, answer, s.text, ctx, 1)[0];
  const canBeFalse = !fact.approximate && swap !== undefined;
  const written = s.text.slice(fact.blankStart - s.start, fact.blankEnd - s.start);
  const isFalse = wantsFalse && canBeFalse;
  const statement = statementOf(before, isFalse ? swap! : written, after);
  // A true statement copied word for word is recognised rather than known: only its own words will do.
  if (!isFalse && copiesSentence(statement, s.text)) return undefined;
  return {
    fact,
    type: "true-false",
    prompt: `True or false? ${statement}`,
    answer: isFalse ? "False" : "True",
    choices: TF,
  };
}

/** The article's speakers of the same kind as this quote's speaker (a person or a body). */
function sameKindSpeakers(fact: RawFact, speakers: string[], ctx: Context): string[] {
  const kind = fact.speakerKind ?? "person";
  const kinds = speakerKinds(ctx.facts);
  return speakers.filter((n) => kinds.get(n)?.has(kind));
}

/**
 * Is the name only ever inside quotations ("one of the Space Shuttle Orbiters" in a senator's words)? Such a name is
 * how a speaker put it, not someone the article presents: no choice for who said something.
 */
function quotedOnly(name: string, ctx: Context): boolean {
  const quotes = ctx.facts.filter((f) => f.kind === "quote");
  return ctx.mentions
    .filter((m) => m.name === name)
    .every((m) => quotes.some((q) => m.start >= q.blankStart && m.start < q.blankEnd));
}

// Built once per article: a long article has thousands of facts and hundreds of quotes.
const KINDS = new WeakMap<RawFact[], Map<string, Set<string>>>();
function speakerKinds(facts: RawFact[]): Map<string, Set<string>> {
  let kinds = KINDS.get(facts);
  if (!kinds) {
    kinds = new Map();
    for (const f of facts)
      if (f.kind === "quote" && f.subject)
        kinds.set(f.subject, (kinds.get(f.subject) ?? new Set()).add(f.speakerKind ?? "person"));
    KINDS.set(facts, kinds);
  }
  return kinds;
}

/** Sentences between a quote and the one naming its speaker that the evidence may span ("he said" two sentences on). */
const SPEAKER_REACH = 3;

/** Can the evidence show the speaker's name: in the quote's sentence, or in one shortly before it? */
const speakerInReach = (fact: RawFact) =>
  !fact.speakerSentence || fact.sentence.index - fact.speakerSentence.index <= SPEAKER_REACH;

/** True/false on who said a quotation: the speaker, or another speaker of the article. */
export function trueFalseQuote(
  fact: RawFact,
  speakers: string[],
  ctx: Context,
  wantsFalse: boolean,
): Draft | undefined {
  if (fact.kind !== "quote" || !fact.subject || fact.value.split(/\s+/).length < 6 || !speakerInReach(fact))
    return undefined;
  // Another of the article's speakers; only without one, another person it names in full (never a brand or a listed name).
  const fit = (p: string) => !sameThing(p, fact.subject!) && !givesAway(fact.value, [p]);
  const quoted = sameKindSpeakers(fact, speakers, ctx).filter(fit);
  const people = ctx.mentions
    .filter(
      (m) =>
        m.kind === (fact.speakerKind ?? "person") &&
        (fact.speakerKind === "organization" || personName(m.name)) &&
        !quotedOnly(m.name, ctx),
    )
    .map((m) => m.name)
    .filter(fit);
  const other = hashOrder(quoted.length ? quoted : [...new Set(people)], fact.id)[0];
  // A body's words put in another body's mouth may be true of both (KCNA speaks for the DPRK): stated only as said.
  const isFalse = wantsFalse && other !== undefined && fact.speakerKind !== "organization";
  const who = isFalse ? other! : fact.subject;
  return {
    fact,
    type: "true-false",
    variant: "speaker",
    prompt: `True or false? ${who} said: “${shortQuote(fact.value)}”`,
    answer: isFalse ? "False" : "True",
    choices: TF,
  };
}

/** Who said this quotation? Choices are other people (or bodies) the article names. */
export function whoSaid(fact: RawFact, speakers: string[], ctx: Context): Draft | undefined {
  if (fact.kind !== "quote" || !fact.subject || fact.value.split(/\s+/).length < 6 || !speakerInReach(fact))
    return undefined;
  const quote = shortQuote(fact.value);
  const prompt = `Who said: “${quote}”?`;
  if (givesAway(quote, [fact.subject])) return undefined;
  const kind = fact.speakerKind ?? "person";
  // Other speakers of the article first, then other names: all of the speaker's kind (no body among people).
  // Other speakers of the article first; other people only when it quotes fewer than three, and only full names.
  const quoted = sameKindSpeakers(fact, speakers, ctx);
  const names = [
    ...quoted,
    ...ctx.mentions
      .filter((m) => m.kind === kind && (kind !== "person" || personName(m.name)) && !quotedOnly(m.name, ctx))
      .map((m) => m.name),
  ];
  // "Water" beside "Kathryn Waters": a fragment of another name is no choice.
  const fragment = (n: string) =>
    names.some(
      (o) =>
        o !== n && o.toLowerCase().includes(n.toLowerCase()) && !o.toLowerCase().split(" ").includes(n.toLowerCase()),
    );
  const wrong: string[] = [];
  for (const n of names)
    if (
      wrong.length < 3 &&
      !fragment(n) &&
      !sameThing(n, fact.subject) &&
      !wrong.some((w) => sameThing(w, n)) &&
      !givesAway(quote, [n])
    )
      wrong.push(n);
  // Two names to choose from is a coin toss: at least three.
  if (wrong.length < 2) return undefined;
  return { fact, type: "who-said", prompt, answer: fact.subject, choices: [fact.subject, ...wrong] };
}

/** Put an announced enumeration ("a four-step plan: to ...; to ...") back in the article's order. */
export function ordering(fact: RawFact): Draft | undefined {
  const items = fact.items ?? [];
  if (fact.kind !== "list" || items.length < 3 || new Set(items).size !== items.length) return undefined;
  // Only a list with an order to learn: steps, stages, phases ("three essential points" have none).
  if (!/\b(?:steps?|stages?|phases?|rounds?|sequence|timeline|chronolog\w*|order)\b|\w+-step\b/i.test(fact.value))
    return undefined;
  // "four-step plan ..." → "the steps of the four-step plan ..."; "three essential points ..." as it is.
  const parts = /^\w+-(\w+)\s/.exec(fact.value)?.[1];
  const what = parts ? `the ${parts}s of ${definite(fact.value)}` : definite(fact.value);
  const prompt = `Put ${what} in the order the article gives them.`;
  return { fact, type: "ordering", prompt, answer: items.join(" → "), items, choices: items };
}

/** Role questions: who holds a title the article gives, which title a person has, and a true/false on it. */
export function roleQuestions(fact: RawFact, ctx: Context, wantsFalse: boolean): Draft[] {
  if (fact.kind !== "person" || !fact.role) return [];
  const name = String(fact.normalized ?? fact.value);
  const holders = ctx.mentions.filter((m) => m.role && m.role.toLowerCase() === fact.role!.toLowerCase());
  if (holders.some((m) => !sameThing(m.name, name))) return []; // two people share the title: ambiguous
  const out: Draft[] = [];
  // Other people, one name each: "Pierre L'Enfant" and "Peter Charles L'Enfant" are one choice, not two.
  const people = [
    ...new Set(ctx.mentions.filter((m) => m.kind === "person" && m.name.includes(" ")).map((m) => m.name)),
  ]
    .filter((p) => !sameThing(p, name))
    .filter((p, i, all) => !all.slice(0, i).some((q) => sameThing(p, q)));
  const roles = [...new Set(ctx.mentions.filter((m) => m.role && !sameThing(m.name, name)).map((m) => m.role!))].filter(
    (r) => r.toLowerCase() !== fact.role!.toLowerCase(),
  );
  // One choice question per title, asked one way or the other, so the two do not answer each other.
  const askHolder =
    people.length >= 2 && (roles.length < 2 || parseInt(hash32(`${fact.id}|role`).slice(-1), 16) % 2 === 0);
  if (askHolder) {
    out.push({
      fact,
      type: "multiple-choice",
      variant: "holder",
      prompt: `According to the article, who is the ${fact.role}?`,
      answer: name,
      choices: [name, ...people.slice(0, 3)],
    });
  } else if (roles.length >= 2 && !givesAway(name, [fact.role])) {
    out.push({
      fact,
      type: "multiple-choice",
      variant: "title",
      prompt: `What title does the article give ${name}?`,
      answer: fact.role,
      choices: [fact.role, ...roles.slice(0, 3)],
    });
  }
  const isFalse = wantsFalse && roles.length > 0;
  const wrongRole = hashOrder(roles, fact.id)[0];
  out.push({
    fact,
    type: "true-false",
    variant: "title",
    prompt: `True or false? The article describes ${name} as the ${isFalse ? wrongRole : fact.role}.`,
    answer: isFalse ? "False" : "True",
    choices: TF,
  });
  return out;
}

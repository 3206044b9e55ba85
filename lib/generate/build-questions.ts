import type { RawFact } from "./raw-fact";
import { hash32 } from "./hash";
import type { Draft } from "./draft";
import type { Context } from "./distractors";
import { cloze, multipleChoice, numeric } from "./build-fill";
import { ordering, roleQuestions, trueFalseQuote, trueFalseValue, whoSaid } from "./build-other";

const BLANK_KINDS = new Set(["person", "place", "organization", "date"]);
const PER_SENTENCE = 2;
const PER_NAME = 2;

/** Blanks of names and dates: one question per fact (choice or typed, by hash), few per sentence and per name. */
function blankQuestions(fact: RawFact, ctx: Context, counts: Map<string, number>): (Draft | undefined)[] {
  if (!BLANK_KINDS.has(fact.kind)) return [multipleChoice(fact, ctx), numeric(fact)];
  if (fact.kind === "person" && fact.role) return []; // its title questions ask about it better
  const bySentence = `s${fact.sentence.index}`;
  const byName = `n${String(fact.normalized ?? fact.value).toLowerCase()}`;
  // A long sentence carries more facts: it gets one more blank.
  const budget = PER_SENTENCE + (fact.sentence.text.split(/\s+/).length > 30 ? 1 : 0);
  if ((counts.get(bySentence) ?? 0) >= budget || (counts.get(byName) ?? 0) >= PER_NAME) return [];
  const typed = parseInt(hash32(`${fact.id}|blank`).slice(-2), 16) % 3 === 0;
  const draft = (typed ? cloze(fact) : undefined) ?? multipleChoice(fact, ctx) ?? cloze(fact);
  if (draft) for (const k of [bySentence, byName]) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [draft];
}

/** Every question the facts support, in article order; each fact yields at most one question per type and variant. */
export function buildQuestions(facts: RawFact[], ctx: Context): Draft[] {
  const speakers = [...new Set(facts.filter((f) => f.kind === "quote" && f.subject).map((f) => f.subject!))];
  const out: Draft[] = [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  // Names and dates compete for the per-sentence budget: people first, then dates, organisations, places.
  const rank = { person: 0, date: 1, organization: 2, place: 3 } as Record<string, number>;
  const budgeted = new Map<string, (Draft | undefined)[]>();
  for (const fact of [...facts].sort((a, b) => a.sentence.index - b.sentence.index || (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9))) {
    budgeted.set(fact.id, blankQuestions(fact, ctx, counts));
  }
  let trueFalse = 0;
  // Alternate true and false statements so that "True" is not a safe guess.
  const nextFalse = () => trueFalse % 2 === 1;
  for (const fact of facts) {
    const drafts = [
      ...(budgeted.get(fact.id) ?? []), trueFalseValue(fact, ctx, nextFalse()),
      whoSaid(fact, speakers, ctx), trueFalseQuote(fact, speakers, ctx, nextFalse()), ordering(fact), ...roleQuestions(fact, ctx, nextFalse()),
    ];
    for (const d of drafts) {
      if (!d) continue;
      // One true/false statement per sentence about its amounts: two would quote the same sentence.
      const sentenceKey = `tf|${d.fact.sentence.index}`;
      if (d.type === "true-false" && !d.variant) {
        if (seen.has(sentenceKey)) continue;
        seen.add(sentenceKey);
      }
      if (d.type === "true-false" && !seen.has(`${d.type}|${d.prompt}`)) trueFalse++;
      // The same prompt twice (a fact repeated in the article) is one question.
      const key = `${d.type}|${d.prompt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

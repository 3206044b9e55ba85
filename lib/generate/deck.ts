import { z } from "@/lib/schemas/zod";
import { articleSchema, type Deck, type Fact, type Question } from "@/lib/schemas/deck";
import { describeIssue } from "@/lib/schemas/issues";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { findMentions } from "./entities";
import { checkUsableText } from "./input-check";
import { GenerateError } from "./errors";
import { datelineDate } from "./dates";
import { buildQuestions } from "./build-questions";
import { hash32, hashOrder, slugify } from "./hash";
import type { RawFact } from "./raw-fact";
import { balanceQuotes } from "./prompt-checks";

/** Bumped whenever the generator's output changes, so decks say which generator made them. */
export const GENERATOR_VERSION = "2.5.0";

/** Trims surrounding white space, then checks with `schema`: the deck id is made from the trimmed title. */
const trimmedThen = <T extends z.ZodMiniType<string, string>>(schema: T) => z.pipe(z.string().check(z.trim()), schema);

/**
 * What the generator takes: the deck format's article (lib/schemas/deck.ts), with the title and source trimmed,
 * and any text (checkUsableText says in its own words why an empty or foreign text makes no deck).
 */
export const articleInputSchema = z.extend(articleSchema, {
  title: trimmedThen(articleSchema.shape.title),
  source: z.optional(trimmedThen(articleSchema.shape.source.def.innerType)),
  text: z.string(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

function toFact(f: RawFact): Fact {
  const s = f.sentence;
  return {
    id: f.id,
    kind: f.kind,
    value: f.value,
    ...(f.normalized !== undefined && { normalized: f.normalized }),
    ...(f.unit && { unit: f.unit }),
    ...(f.subject && f.kind === "quote" && { subject: f.subject }),
    ...(f.role && { role: f.role }),
    ...(f.items && { items: f.items }),
    ...(f.alternatives && { alternatives: f.alternatives }),
    evidence: { sentence: s.text, start: s.start, end: s.end },
  };
}

/**
 * Turns an article into a Deck: pure and deterministic (same input and generator version,
 * byte-identical deck). `all` keeps every candidate question instead of the selected best (for tests of
 * the question builders on short texts). Throws a GenerateError with a one-line reason for unusable input.
 */
export function generateDeck(input: ArticleInput, options: { all?: boolean } = {}): Deck {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) throw new GenerateError(`Invalid article: ${describeIssue(parsed.error, "input")}`);
  const article = parsed.data;
  checkUsableText(article.text);
  const publishedAt = article.publishedAt ?? datelineDate(article.text);
  const sentences = splitSentences(article.text);
  const { facts, mentions } = extractFacts(sentences, publishedAt);
  const captionMentions = findMentions(splitSentences((article.captions ?? []).join("\n\n"))).map((m) => ({
    ...m,
    sentence: 1e6,
  }));
  const drafts = buildQuestions(
    facts,
    {
      facts,
      mentions: [...mentions, ...captionMentions.filter((m) => m.kind !== "person")],
      title: article.title,
      publishedAt,
      words: article.text.split(/\s+/).length,
      text: article.text,
    },
    options.all,
  );
  const questions: Question[] = drafts.map((d) => {
    // The context sentence is already at the start of the prompt: it is not a field of the saved question.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { fact, variant, context, ...raw } = d;
    // Hard-wrapped text: a prompt reads as one line, whatever the line breaks in the article.
    const q = {
      ...raw,
      prompt: tidy(balanceQuotes(raw.prompt)),
      answer: tidy(raw.answer),
      ...(raw.choices && { choices: raw.choices.map(tidy) }),
      ...(raw.items && { items: raw.items.map(tidy) }),
      ...(raw.acceptedAnswers && { acceptedAnswers: [...new Set(raw.acceptedAnswers.map(tidy))] }),
    };
    const id = `q-${hash32(`${fact.id}|${q.type}|${variant ?? ""}`)}`;
    let choices = q.choices && q.type !== "true-false" ? hashOrder(q.choices, id) : q.choices;
    // An ordering shuffled back into the right order would be no question: rotate it by one.
    if (q.type === "ordering" && choices && choices.join("\u0000") === (q.items ?? []).join("\u0000"))
      choices = [...choices.slice(1), choices[0]!];
    // Who said it is proved by the sentence that names the speaker: "he said" evidence starts there.
    const from =
      (q.type === "who-said" || variant === "speaker") && fact.speakerSentence
        ? fact.speakerSentence.start
        : fact.sentence.start;
    const evidence = { sentence: article.text.slice(from, fact.sentence.end), start: from, end: fact.sentence.end };
    return { id, ...q, ...(choices && { choices }), evidence, factId: fact.id };
  });
  if (questions.length === 0)
    throw new GenerateError("No questions could be made from this text; is it a news article?");
  const used = new Set(questions.map((q) => q.factId));
  const idHash = hash32(`${article.title}\u0000${article.text}`);
  return {
    formatVersion: 1,
    generatorVersion: GENERATOR_VERSION,
    id: `${slugify(article.title, 60) || "article"}-${idHash}`,
    article: {
      title: article.title,
      ...(article.source && { source: article.source }),
      ...(article.url && { url: article.url }),
      ...(publishedAt && { publishedAt }),
      ...(article.captions && { captions: article.captions }),
      text: article.text,
    },
    facts: facts.filter((f) => used.has(f.id)).map(toFact),
    questions,
  };
}

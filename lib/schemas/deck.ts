import { z } from "zod";

/** Where a question's answer is proved: `article.text.slice(start, end) === sentence`. */
export const evidenceSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const articleSchema = z.object({
  title: z.string().min(1).max(300),
  source: z.string().max(200).optional(),
  url: z.string().url().optional(),
  /** ISO date (YYYY-MM-DD) the article was published; weekday dates resolve against it. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Photo captions, kept apart from the body text. */
  captions: z.array(z.string()).optional(),
  /** The body, verbatim. */
  text: z.string().min(1),
});
export type Article = z.infer<typeof articleSchema>;

export const factKinds = [
  "money", "quantity", "date", "quote", "person", "place", "organization", "list", "statement", "score",
] as const;
export const factSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(factKinds),
  /** The fact's value as it is written in the article ("1.6 billion pounds", "Keir Starmer"). */
  value: z.string().min(1),
  /** Normalised value where one exists (a number for amounts, an ISO date for dates). */
  normalized: z.union([z.string(), z.number()]).optional(),
  unit: z.string().optional(),
  /** Who the fact is about or who said it, where known. */
  subject: z.string().optional(),
  items: z.array(z.string()).optional(),
  /** A person's title as the article gives it ("Ukrainian Finance Minister"). */
  role: z.string().optional(),
  /** Equivalent forms of `value` (a conversion in brackets, a full name): never wrong answers. */
  alternatives: z.array(z.string()).optional(),
  evidence: evidenceSchema,
});
export type Fact = z.infer<typeof factSchema>;

export const questionTypes = [
  "multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering",
] as const;
export const questionTypeSchema = z.enum(questionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const questionSchema = z
  .object({
    id: z.string().min(1),
    type: questionTypeSchema,
    prompt: z.string().min(1),
    answer: z.string().min(1),
    /** Multiple choice, true/false, who-said: include `answer` exactly once. Ordering: the items shuffled. */
    choices: z.array(z.string().min(1)).optional(),
    /** Ordering: the items in the correct order (`answer` is them joined by " → "). */
    items: z.array(z.string().min(1)).optional(),
    /** Typed answers (cloze, numeric): equivalent forms that also count as right. */
    acceptedAnswers: z.array(z.string().min(1)).optional(),
    /** Numeric: the answer's value, for number-aware checking. */
    numericValue: z.number().optional(),
    evidence: evidenceSchema,
    factId: z.string().min(1),
    difficulty: z.number().min(0).max(1).optional(),
  })
  .refine((q) => !q.choices || q.type === "ordering" || q.choices.filter((c) => c === q.answer).length === 1, {
    message: "choices must include the answer exactly once",
  })
  .refine((q) => !q.choices || new Set(q.choices).size === q.choices.length, { message: "choices must be unique" });
export type Question = z.infer<typeof questionSchema>;

export const deckSchema = z
  .object({
    formatVersion: z.literal(1),
    generatorVersion: z.string().min(1),
    id: z.string().regex(/^[a-z0-9-]{4,80}$/),
    article: articleSchema,
    facts: z.array(factSchema),
    questions: z.array(questionSchema),
  })
  .superRefine((deck, ctx) => {
    for (const [i, q] of deck.questions.entries()) {
      const { sentence, start, end } = q.evidence;
      if (deck.article.text.slice(start, end) !== sentence) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "evidence"], message: "evidence offsets do not match the article text" });
      }
    }
  });
export type Deck = z.infer<typeof deckSchema>;

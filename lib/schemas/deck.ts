import { z } from "@/lib/schemas/zod";
import { calendarDateSchema, deckIdSchema, questionIdSchema, titleSchema, webUrlSchema } from "@/lib/schemas/fields";

/** Where a question's answer is proved: `article.text.slice(start, end) === sentence`. */
export const evidenceSchema = z.object({
  sentence: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const nonEmpty = () => z.string().check(z.minLength(1));

export const articleSchema = z.object({
  title: titleSchema(),
  source: z.optional(z.string().check(z.maxLength(200))),
  url: z.optional(webUrlSchema),
  /** ISO date (YYYY-MM-DD) the article was published; weekday dates resolve against it. */
  publishedAt: z.optional(calendarDateSchema()),
  /** Photo captions, kept apart from the body text. */
  captions: z.optional(z.array(z.string())),
  /** The body, verbatim. */
  text: nonEmpty(),
});
export type Article = z.infer<typeof articleSchema>;

export const factKinds = [
  "money",
  "quantity",
  "date",
  "quote",
  "person",
  "place",
  "organization",
  "list",
  "score",
  "term",
] as const;
export const factSchema = z.object({
  id: nonEmpty(),
  kind: z.enum(factKinds),
  /** The fact's value as it is written in the article ("1.6 billion pounds", "Keir Starmer"). */
  value: nonEmpty(),
  /** Normalised value where one exists (a number for amounts, an ISO date for dates). */
  normalized: z.optional(z.union([z.string(), z.number()])),
  unit: z.optional(z.string()),
  /** Who the fact is about or who said it, where known. */
  subject: z.optional(z.string()),
  items: z.optional(z.array(z.string())),
  /** A person's title as the article gives it ("Ukrainian Finance Minister"). */
  role: z.optional(z.string()),
  /** Equivalent forms of `value` (a conversion in brackets, a full name): never wrong answers. */
  alternatives: z.optional(z.array(z.string())),
  evidence: evidenceSchema,
});
export type Fact = z.infer<typeof factSchema>;

export const questionTypes = ["multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering"] as const;
export const questionTypeSchema = z.enum(questionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const questionSchema = z
  .object({
    /** The same limits as the card keys and answers that name it. */
    id: questionIdSchema,
    type: questionTypeSchema,
    prompt: nonEmpty(),
    answer: nonEmpty(),
    /** Multiple choice, true/false, who-said: include `answer` exactly once. Ordering: the items shuffled. */
    choices: z.optional(z.array(nonEmpty())),
    /** Ordering: the items in the correct order (`answer` is them joined by " → "). */
    items: z.optional(z.array(nonEmpty())),
    /** Typed answers (cloze, numeric): equivalent forms that also count as right. */
    acceptedAnswers: z.optional(z.array(nonEmpty())),
    /** Numeric: the answer's value, for number-aware checking. */
    numericValue: z.optional(z.number()),
    evidence: evidenceSchema,
    factId: nonEmpty(),
    /** Written by generators before 2.4.0 and read by nothing; accepted so decks saved then still load. */
    difficulty: z.optional(z.number().check(z.gte(0), z.lte(1))),
  })
  .check(
    z.refine((q) => !q.choices || q.type === "ordering" || q.choices.filter((c) => c === q.answer).length === 1, {
      message: "choices must include the answer exactly once",
    }),
    z.refine((q) => !q.choices || new Set(q.choices).size === q.choices.length, { message: "choices must be unique" }),
    // Shown with choices to order, scored against items: without both, it could not be answered.
    z.refine(
      (q) =>
        q.type !== "ordering" ||
        (!!q.choices &&
          !!q.items &&
          q.items.length > 1 &&
          [...q.choices].sort().join("\n") === [...q.items].sort().join("\n")),
      {
        message: "an ordering question needs its items, and the same items as choices",
      },
    ),
  );
export type Question = z.infer<typeof questionSchema>;

export const deckSchema = z
  .object({
    formatVersion: z.literal(1),
    generatorVersion: nonEmpty(),
    id: deckIdSchema,
    article: articleSchema,
    facts: z.array(factSchema),
    questions: z.array(questionSchema),
  })
  .check(
    z.superRefine((deck, ctx) => {
      const ids = new Set<string>();
      for (const [i, q] of deck.questions.entries()) {
        // Answers and cards are kept by question id: two questions with one id would share them.
        if (ids.has(q.id))
          ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: "question ids must be unique" });
        ids.add(q.id);
        const { sentence, start, end } = q.evidence;
        if (deck.article.text.slice(start, end) !== sentence) {
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, "evidence"],
            message: "evidence offsets do not match the article text",
          });
        }
      }
    }),
  );
export type Deck = z.infer<typeof deckSchema>;

import * as z from "zod/mini";
import type { ArticleInput } from "@/lib/generate/deck";
import { checkArticleText } from "@/lib/create/input";
import { cleanText } from "@/lib/create/clean";

/** The "New deck" form as typed: every field a string (empty = not given). */
export const newDeckFormSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, "Give the article a title."), z.maxLength(300, "Keep the title under 300 characters.")),
  source: z.string().check(z.trim(), z.maxLength(200, "Keep the source under 200 characters.")),
  publishedAt: z.union([z.literal(""), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-03-03."))]),
  text: z.string().check(
    z.superRefine((text, ctx) => {
      const problem = checkArticleText(cleanText(text));
      if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { problem: problem.code } });
    }),
  ),
});
export type NewDeckForm = z.infer<typeof newDeckFormSchema>;
export type FormField = keyof NewDeckForm;

export const emptyForm: NewDeckForm = { title: "", source: "", publishedAt: "", text: "" };

/** The generator's input from a valid form, or the first message per field. */
export function formToInput(form: unknown):
  | { ok: true; input: ArticleInput }
  | { ok: false; errors: Partial<Record<FormField, string>> } {
  const parsed = newDeckFormSchema.safeParse(form);
  if (!parsed.success) {
    const errors: Partial<Record<FormField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FormField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { title, source, publishedAt, text } = parsed.data;
  return {
    ok: true,
    input: {
      title,
      ...(source ? { source } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      text: cleanText(text),
    },
  };
}

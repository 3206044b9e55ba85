import { z } from "@/lib/schemas/zod";
import { calendarDateSchema, titleSchema } from "@/lib/schemas/fields";
import type { ArticleInput } from "@/lib/generate/deck";
import { checkArticleText } from "@/lib/create/input";
import { cleanText } from "@/lib/create/clean";
import type { FormField, NewDeckForm } from "@/lib/create/form-fields";

/** Checks the "New deck" form (loaded when the form is sent, so the form itself renders without Zod). */
export const newDeckFormSchema: z.ZodMiniType<NewDeckForm> = z.object({
  title: z.pipe(
    z.string().check(z.trim()),
    titleSchema({ empty: "Give the article a title.", long: "Keep the title under 300 characters." }),
  ),
  source: z.string().check(z.trim(), z.maxLength(200, "Keep the source under 200 characters.")),
  publishedAt: z.union([z.literal(""), calendarDateSchema()]),
  text: z.string().check(
    z.superRefine((text, ctx) => {
      const problem = checkArticleText(cleanText(text));
      if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { problem: problem.code } });
    }),
  ),
});

/** The generator's input from a valid form, or the first message per field. */
export function formToInput(
  form: unknown,
): { ok: true; input: ArticleInput } | { ok: false; errors: Partial<Record<FormField, string>> } {
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

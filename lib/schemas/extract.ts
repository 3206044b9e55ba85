// The New deck form's "from a link" request and the server's answer (app/api/extract/route.ts): the route
// checks the request with the first schema and its own answer with the second; the page checks the answer too.
import { z } from "@/lib/schemas/zod";

/** Longest link accepted. */
export const MAX_LINK_CHARS = 2048;

export const extractRequestSchema = z.object({
  url: z
    .string()
    .check(z.trim(), z.minLength(1, "Enter a link."), z.maxLength(MAX_LINK_CHARS, "That link is too long.")),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/** Why a link gave no article; each has its own message (lib/extract/problems.ts). */
export const extractProblemCodes = [
  "bad-request",
  "not-a-web-link",
  "address-not-allowed",
  "not-found",
  "unreachable",
  "site-error",
  "too-many-redirects",
  "not-html",
  "too-large",
  "timed-out",
  "not-an-article",
] as const;
export type ExtractProblemCode = (typeof extractProblemCodes)[number];

/** An article as read from a page: the New deck form's fields, plus what the page said about it. */
export const extractedArticleSchema = z.object({
  /** The page's address after redirects. */
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().check(z.maxLength(300)),
  /** The site's name, else the byline, else the host. */
  source: z.string().check(z.maxLength(200)),
  byline: z.optional(z.string().check(z.maxLength(200))),
  /** YYYY-MM-DD, as the page gives it (its own time zone), or "". */
  publishedAt: z.union([z.literal(""), z.iso.date()]),
  /** The article's text with its photo captions in place, paragraphs apart. */
  text: z.string().check(z.minLength(1), z.maxLength(5_000_000)),
  /** The photo captions found in the article (also in `text`). */
  captions: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(200)),
});
export type ExtractedArticle = z.infer<typeof extractedArticleSchema>;

export const extractResponseSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), article: extractedArticleSchema }),
  z.object({ ok: z.literal(false), code: z.enum(extractProblemCodes), message: z.string().check(z.maxLength(500)) }),
]);
export type ExtractResponse = z.infer<typeof extractResponseSchema>;

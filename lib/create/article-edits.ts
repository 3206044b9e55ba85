import type { Article, Deck } from "@/lib/schemas/deck";
import type { NewDeckForm } from "@/lib/create/form-fields";
import { cleanText } from "@/lib/create/clean";
import { isCalendarDate } from "@/lib/schemas/patterns";

/** The form as it stood for an article: what a deck was made from (or opened with, from a file). */
export function formOf(article: Article): NewDeckForm {
  return {
    title: article.title,
    source: article.source ?? "",
    publishedAt: article.publishedAt ?? "",
    text: article.text,
  };
}

/**
 * What the preview is to the form now. The questions come from the text, and dates such as "on Tuesday"
 * are worked out from the published date: a change to either makes them out of date (`stale`), to be
 * generated again, never saved. Title and source are only shown, so their edits apply to the deck as it is.
 */
export type PreviewState =
  { kind: "current"; deck: Deck } | { kind: "stale"; changed: "text" | "date" } | { kind: "invalid"; message: string };

export function previewState(deck: Deck, form: NewDeckForm, madeFrom: NewDeckForm): PreviewState {
  if (cleanText(form.text) !== cleanText(madeFrom.text)) return { kind: "stale", changed: "text" };
  const dateChanged = form.publishedAt.trim() !== madeFrom.publishedAt.trim();
  if (dateChanged && deck.facts.some((f) => f.kind === "date")) return { kind: "stale", changed: "date" };
  const title = form.title.trim();
  const source = form.source.trim();
  if (!/[^\s\p{Cf}\p{Cc}]/u.test(title)) return { kind: "invalid", message: "Give the article a title before saving." };
  if (title.length > 300) return { kind: "invalid", message: "Keep the title under 300 characters." };
  if (source.length > 200) return { kind: "invalid", message: "Keep the source under 200 characters." };
  const date = form.publishedAt.trim();
  if (dateChanged && date !== "" && !isCalendarDate(date))
    return { kind: "invalid", message: "Give the date as a calendar date, or leave it empty." };
  const { source: _s, publishedAt: oldDate, ...rest } = deck.article;
  void _s;
  // An unchanged date keeps the deck's, which may come from the article's dateline.
  const publishedAt = dateChanged ? date : (oldDate ?? "");
  const article: Article = { ...rest, title, ...(source && { source }), ...(publishedAt && { publishedAt }) };
  return { kind: "current", deck: { ...deck, article } };
}

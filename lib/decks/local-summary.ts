import type { Deck, QuestionType } from "@/lib/schemas/deck";
import type { LocalDeckSummary } from "@/lib/schemas/local-deck-summary";
import { DECK_ID_PATTERN, MAX_DECK_ID_LENGTH, isCalendarDate } from "@/lib/schemas/patterns";
import { questionTypeLabels } from "@/lib/decks/summary";
import type { StoredEntry } from "@/lib/decks/local-db";

export type { LocalDeckSummary };

// The types in display order, from a type-only module so Zod stays out of the home page's bundle.
const questionTypes = Object.keys(questionTypeLabels) as QuestionType[];

/** What a saved deck's id starts with: its pages are /decks/my-…, told apart from built-in decks by it. */
export const LOCAL_ID_PREFIX = "my-";

/** True for the id of a deck saved in this browser (what a local-deck route accepts). */
export function isLocalDeckId(id: string): boolean {
  return DECK_ID_PATTERN.test(id) && id.startsWith(LOCAL_ID_PREFIX);
}

/**
 * The id a generated deck is saved under: the generator's id with the local prefix, shortened from
 * the front when needed (the end holds the content hash), so it still fits the deck id format.
 */
export function toLocalDeckId(generatedId: string): string {
  if (generatedId.startsWith(LOCAL_ID_PREFIX)) return generatedId;
  const tail = generatedId.slice(-(MAX_DECK_ID_LENGTH - LOCAL_ID_PREFIX.length)).replace(/^-+/, "");
  return `${LOCAL_ID_PREFIX}${tail}`;
}

/** The summary of `deck` as saved at `savedAt` (epoch ms); types in the display order. */
export function summarizeDeck(deck: Deck, savedAt: number): LocalDeckSummary {
  const counts = new Map<QuestionType, number>();
  for (const q of deck.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  const { title, source, publishedAt } = deck.article;
  return {
    id: deck.id,
    title,
    ...(source !== undefined ? { source } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    savedAt,
    questionCount: deck.questions.length,
    byType: questionTypes.filter((t) => counts.has(t)).map((type) => ({ type, count: counts.get(type) ?? 0 })),
  };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isInt = (x: unknown, min: number) => typeof x === "number" && Number.isSafeInteger(x) && x >= min;

/** `localDeckSummarySchema`'s rules without Zod (the home page's bundle stays small). */
export function isLocalDeckSummary(x: unknown): x is LocalDeckSummary {
  if (!isObj(x)) return false;
  const { id, title, source, publishedAt, savedAt, questionCount, byType } = x;
  return (
    typeof id === "string" &&
    DECK_ID_PATTERN.test(id) &&
    typeof title === "string" &&
    title.length > 0 &&
    (source === undefined || typeof source === "string") &&
    (publishedAt === undefined || (typeof publishedAt === "string" && isCalendarDate(publishedAt))) &&
    typeof savedAt === "number" &&
    Number.isFinite(savedAt) &&
    isInt(questionCount, 0) &&
    Array.isArray(byType) &&
    byType.every((b) => isObj(b) && questionTypes.includes(b.type as QuestionType) && isInt(b.count, 1))
  );
}

/** The valid summaries among `raw` (what storage gave back), newest first; invalid entries are skipped. */
export function parseSummaries(raw: unknown[]): LocalDeckSummary[] {
  return raw.filter(isLocalDeckSummary).sort((a, b) => b.savedAt - a.savedAt || a.title.localeCompare(b.title));
}

/**
 * The stored entries split: valid summaries (stored under their own id), newest first, and the entries whose
 * summary is damaged or missing — their deck is not to vanish from every list (`salvageSummaries` rebuilds
 * the summary from the deck, or the deck is listed as damaged, to be deleted).
 */
export function splitEntries(entries: readonly StoredEntry[]): { listed: LocalDeckSummary[]; damaged: StoredEntry[] } {
  const ok = (e: StoredEntry) => isLocalDeckSummary(e.summary) && e.summary.id === e.id;
  return { listed: parseSummaries(entries.filter(ok).map((e) => e.summary)), damaged: entries.filter((e) => !ok(e)) };
}

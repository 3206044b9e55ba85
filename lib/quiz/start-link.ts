/**
 * "Start quiz" starts a quiz in one click: the link marks the deck here (this tab's session storage), and
 * the quiz page, finding the mark, starts a quiz with the last settings and removes it. The quiz page
 * reached any other way (a reload, the back button, "Choose the questions") opens the settings. No imports:
 * home and deck pages use it.
 */
export const START_KEY = "factdeck:start-quiz";

/** Marks `deckId`'s quiz page to start a quiz when it opens; nothing happens if storage is refused. */
export function markStartNow(deckId: string): void {
  try {
    sessionStorage.setItem(START_KEY, deckId);
  } catch {
    // The page then opens the settings, one click more.
  }
}

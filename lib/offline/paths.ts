/**
 * Pages of a deck saved in this browser: /decks/my-…(/quiz|/review), which proxy.ts serves from the
 * /local/my-… routes (reached directly too). The server knows nothing of these decks, so every such page
 * is the same shell that reads its deck from IndexedDB: offline, the service worker answers any of them
 * with one shell it keeps (below), and the page takes its deck id from the address, not from the shell.
 *
 * The id pattern is isLocalDeckId's (lib/decks/local-summary.ts), written out so that this module imports
 * nothing: it runs in the service worker and on every saved-deck page (tests/offline/paths.test.ts checks
 * that the two agree).
 */
const LOCAL_DECK_PAGE = /^\/(?:decks|local)\/(my-[a-z0-9-]{1,77})(\/(?:quiz|review))?\/?$/;

/** The id of the saved deck a path shows (`/decks/my-x/quiz` → `my-x`), or undefined for any other path. */
export function localDeckIdInPath(pathname: string): string | undefined {
  return LOCAL_DECK_PAGE.exec(pathname)?.[1];
}

/** The id of the shell kept for offline use: a saved-deck id no saved deck has (theirs end with a hash). */
export const OFFLINE_SHELL_ID = "my-offline-shell";

/** The saved-deck pages the service worker keeps, one per kind of page (scripts/build-sw.mjs lists them). */
export const OFFLINE_SHELLS = [
  `/decks/${OFFLINE_SHELL_ID}`,
  `/decks/${OFFLINE_SHELL_ID}/quiz`,
  `/decks/${OFFLINE_SHELL_ID}/review`,
] as const;

/** The kept shell that can stand in for a saved-deck page when the network cannot be reached; else undefined. */
export function offlineShellFor(pathname: string): string | undefined {
  const match = LOCAL_DECK_PAGE.exec(pathname);
  return match ? `/decks/${OFFLINE_SHELL_ID}${match[2] ?? ""}` : undefined;
}

import { NextResponse, type NextRequest } from "next/server";
import { isLocalDeckId } from "@/lib/decks/local-summary";

/*
 * Decks saved in this browser live at /decks/my-<id>… like built-in decks, so the shared components'
 * links (`/decks/<deck.id>#s-…`, `/decks/<deck.id>/quiz`) work for them too. The server holds no such
 * deck: these addresses are served by the /local/<id>… pages, which read the deck from IndexedDB.
 * Unknown built-in ids (no "my-" prefix) still get the 404 page.
 */
export function proxy(request: NextRequest) {
  const match = /^\/decks\/([^/]+)(\/(?:quiz|review))?\/?$/.exec(request.nextUrl.pathname);
  if (!match?.[1] || !isLocalDeckId(match[1])) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/local/${match[1]}${match[2] ?? ""}`;
  return NextResponse.rewrite(url);
}

// Next reads the matcher as written (no imports): it only narrows which requests reach `proxy`.
export const config = {
  matcher: ["/decks/:id(my-[a-z0-9-]+)", "/decks/:id(my-[a-z0-9-]+)/:rest*"],
};

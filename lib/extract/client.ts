// The page's side of "From a link": ask the app's own server to read a link (app/api/extract/route.ts) and
// check its answer. Loaded on demand when the user asks, so the New deck page starts without it (or Zod).
import { extractRequestSchema, extractResponseSchema, type ExtractedArticle } from "@/lib/schemas/extract";
import { parseWebLink } from "@/lib/extract/link";
import { problemMessages } from "@/lib/extract/problems";

export type LinkResult = { ok: true; article: ExtractedArticle } | { ok: false; message: string };

/** The article at `link`, read by the app's server, or the message to show. Nothing is saved. */
export async function requestArticle(link: string, send: typeof fetch = fetch): Promise<LinkResult> {
  const request = extractRequestSchema.safeParse({ url: link });
  if (!request.success)
    return { ok: false, message: request.error.issues[0]?.message ?? problemMessages["bad-request"] };
  const url = parseWebLink(request.data.url);
  if (!url) return { ok: false, message: problemMessages["not-a-web-link"] };
  let response: Response;
  try {
    response = await send("/api/extract", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: url.href }),
      cache: "no-store",
    });
  } catch {
    return {
      ok: false,
      message: "Factdeck's server could not be reached to read the link. Check that it is running, then try again.",
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = extractResponseSchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, message: "The server's answer could not be read. Try again, or paste the article's text." };
  return parsed.data.ok ? { ok: true, article: parsed.data.article } : { ok: false, message: parsed.data.message };
}

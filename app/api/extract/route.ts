// POST /api/extract {url}: fetch the page the user named and read its article (New deck, "From a link").
// The only request the app makes beyond this machine, and only when the user asks (docs/security.md).
import { extractRequestSchema, extractResponseSchema, type ExtractResponse } from "@/lib/schemas/extract";
import { fetchPage } from "@/lib/extract/fetch-page";
import { extractArticle } from "@/lib/extract/article";
import { ExtractRefused, problemMessages } from "@/lib/extract/problems";
import { loopbackFetchAllowed } from "@/lib/extract/test-setting";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MAX_REQUEST_BYTES = 8 * 1024;

function answer(body: ExtractResponse, status: number): Response {
  // The answer is checked like any other boundary before it leaves.
  const checked = extractResponseSchema.safeParse(body);
  const out: ExtractResponse = checked.success
    ? checked.data
    : { ok: false, code: "not-an-article", message: problemMessages["not-an-article"] };
  return Response.json(out, { status: checked.success ? status : 200, headers: { "cache-control": "no-store" } });
}

const refuse = (error: ExtractRefused, status: number) =>
  answer({ ok: false, code: error.code, message: error.message }, status);

// A link that gives no article is an answer, not a failed request: 200 with `ok: false` and the reason (an
// error status would also make the browser log a console error for an outcome the page expects). Only a
// malformed request, which the page never sends, is a 400.
const statusOf = (e: ExtractRefused) => (e.code === "bad-request" ? 400 : 200);

export async function POST(request: Request): Promise<Response> {
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this route never grants.
  const type = request.headers.get("content-type") ?? "";
  const site = request.headers.get("sec-fetch-site");
  if (!/^application\/json\b/i.test(type) || (site !== null && site !== "same-origin"))
    return refuse(new ExtractRefused("bad-request"), 400);
  let body: unknown;
  try {
    const raw = await request.text();
    if (raw.length > MAX_REQUEST_BYTES) return refuse(new ExtractRefused("bad-request"), 400);
    body = JSON.parse(raw);
  } catch {
    return refuse(new ExtractRefused("bad-request"), 400);
  }
  const parsed = extractRequestSchema.safeParse(body);
  if (!parsed.success) return refuse(new ExtractRefused("bad-request", parsed.error.issues[0]?.message), 400);
  try {
    const page = await fetchPage(parsed.data.url, { allowLoopback: loopbackFetchAllowed() });
    return answer({ ok: true, article: extractArticle(page) }, 200);
  } catch (error) {
    if (error instanceof ExtractRefused) return refuse(error, statusOf(error));
    console.error("extract: unexpected failure", error);
    return refuse(new ExtractRefused("not-an-article"), 200);
  }
}

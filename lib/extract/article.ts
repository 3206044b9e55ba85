// The article in a fetched page, read on the server with Mozilla's reader view (Readability) over linkedom,
// a light DOM. Never imported by a page: scripts/check-bundle.mjs fails the build's check if it ships.
import { parseHTML } from "linkedom";
import { Readability, isProbablyReaderable } from "@mozilla/readability";
import { documentText } from "@/lib/create/document-text";
import { cleanText } from "@/lib/create/clean";
import { MIN_TEXT_CHARS } from "@/lib/create/input";
import { ExtractRefused } from "@/lib/extract/problems";
import type { ExtractedArticle } from "@/lib/schemas/extract";
import type { FetchedPage } from "@/lib/extract/fetch-page";

const oneLine = (s: string | null | undefined, max: number) =>
  (s ?? "").replace(/\s+/g, " ").trim().slice(0, max).trim();

/** YYYY-MM-DD from a date-time as the page writes it (its own calendar day, not converted to UTC), or "". */
export function calendarDay(value: string | null | undefined): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return "";
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

/** Every object in the page's JSON-LD blocks, @graph members and nested values included. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || out.length > 500) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      Object.values(v).forEach((x) => walk(x, depth + 1));
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken block is skipped; the other sources of a date still count.
    }
  }
  return out;
}

const meta = (doc: Document, names: string[]) => {
  for (const n of names) {
    const content = doc
      .querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`)
      ?.getAttribute("content");
    if (content?.trim()) return content.trim();
  }
  return "";
};

/**
 * The publication date: the `article:published_time` meta tag, else JSON-LD `datePublished` (an article's
 * own first), else the first `<time datetime>` in the article (or the page). "" when none gives a day.
 */
export function publicationDate(doc: Document): string {
  const fromMeta = calendarDay(meta(doc, ["article:published_time", "datePublished", "og:published_time"]));
  if (fromMeta) return fromMeta;
  const ld = jsonLdObjects(doc).filter((o) => typeof o.datePublished === "string");
  const isArticle = (o: Record<string, unknown>) =>
    [o["@type"]].flat().some((t) => typeof t === "string" && /Article|Posting|Report/.test(t));
  for (const o of [...ld.filter(isArticle), ...ld]) {
    const day = calendarDay(o.datePublished as string);
    if (day) return day;
  }
  for (const scope of [doc.querySelector("article"), doc]) {
    for (const t of scope?.querySelectorAll("time[datetime]") ?? []) {
      const day = calendarDay(t.getAttribute("datetime"));
      if (day) return day;
    }
  }
  return "";
}

/** The site's name as the page gives it (Open Graph, then a JSON-LD publisher). */
function siteName(doc: Document): string {
  const fromMeta = meta(doc, ["og:site_name", "application-name"]);
  if (fromMeta) return fromMeta;
  for (const o of jsonLdObjects(doc)) {
    const publisher = o.publisher as { name?: unknown } | undefined;
    if (publisher && typeof publisher.name === "string" && publisher.name.trim()) return publisher.name.trim();
  }
  return "";
}

// Around and inside an article but never part of its text: ads, bylines, sharing and sign-up boxes, related
// links. Readability drops most such blocks by itself; these are the ones it keeps when the page names them
// plainly (class "ad", an "advertisement" box, a byline it already read from the page's meta tags).
const NOT_TEXT = [
  '[class~="ad"]',
  '[class~="ads"]',
  '[class^="ad-"]',
  '[class*=" ad-"]',
  '[id^="ad-"]',
  '[class*="advert"]',
  '[id*="advert"]',
  '[class*="sponsor"]',
  '[class*="promo"]',
  '[class*="newsletter"]',
  '[class*="byline"]',
  '[itemprop="author"]',
  '[class*="related"]',
  '[class*="share"]',
  '[class*="social"]',
  '[aria-hidden="true"]',
  "nav",
  "aside",
  "form",
].join(",");

/** Drops what is never the article's text (NOT_TEXT, and a date shown on a line of its own). */
function dropNonText(doc: Document) {
  doc.querySelectorAll(NOT_TEXT).forEach((n) => n.remove());
  doc.querySelectorAll("time").forEach((t) => {
    if (!t.closest("p, li, blockquote, figcaption, td")) t.remove();
  });
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, "");

/** A plain-text page: its first short line is the title when it looks like one. */
function plainArticle(page: FetchedPage): ExtractedArticle {
  const text = cleanText(page.body);
  const [first = "", ...rest] = text.split("\n");
  const titled = first.length > 0 && first.length <= 200 && !/[.!?]$/.test(first.trim()) && rest.length > 0;
  const body = titled ? cleanText(rest.join("\n")) : text;
  if (body.length < MIN_TEXT_CHARS) throw new ExtractRefused("not-an-article");
  return {
    url: page.url,
    title: titled ? oneLine(first, 300) : "",
    source: hostOf(page.url),
    publishedAt: "",
    text: body,
    captions: [],
  };
}

/**
 * The article in a fetched page: title, source (site name, else byline, else host), byline, date, and the
 * text with its captions in place. A page that is not an article (a home page, a list of links, a form, too
 * little text) is refused as "not-an-article".
 */
export function extractArticle(page: FetchedPage): ExtractedArticle {
  if (page.type === "text/plain") return plainArticle(page);
  const { document } = parseHTML(page.body);
  // Read before Readability, which rewrites the document as it goes.
  const publishedAt = publicationDate(document);
  const site = siteName(document);
  dropNonText(document);
  if (!isProbablyReaderable(document)) throw new ExtractRefused("not-an-article");
  const parsed = new Readability(document).parse();
  if (!parsed?.content) throw new ExtractRefused("not-an-article");
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  const captions = [...content.querySelectorAll("figcaption")].map((c) => oneLine(c.textContent, 2000)).filter(Boolean);
  const text = documentText(content);
  if (text.length < MIN_TEXT_CHARS) throw new ExtractRefused("not-an-article");
  const byline = oneLine(parsed.byline, 200).replace(/^by\s+/i, "");
  return {
    url: page.url,
    title: oneLine(parsed.title, 300),
    source: oneLine(site || parsed.siteName || byline || hostOf(page.url), 200),
    ...(byline && { byline }),
    publishedAt: publishedAt || calendarDay(parsed.publishedTime),
    text,
    captions: captions.slice(0, 200),
  };
}

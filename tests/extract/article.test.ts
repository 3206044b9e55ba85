import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { calendarDay, extractArticle } from "@/lib/extract/article";
import { ExtractRefused } from "@/lib/extract/problems";
import { extractedArticleSchema } from "@/lib/schemas/extract";

const page = (name: string, url = "https://news.example/story") => ({
  url,
  type: "text/html" as const,
  body: fs.readFileSync(path.join(__dirname, "../fixtures/pages", name), "utf8"),
});

function refusal(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ExtractRefused ? e.code : `other: ${String(e)}`;
  }
  return undefined;
}

describe("extractArticle", () => {
  it("reads a news page's article and leaves its navigation, ads and related links out", () => {
    const a = extractArticle(page("news-page.html"));
    expect(extractedArticleSchema.safeParse(a).success).toBe(true);
    expect(a.title).toBe("Harbour town of Lysekil opens its new ferry terminal");
    expect(a.source).toBe("The Western Ledger");
    expect(a.byline).toBe("Ingrid Solberg");
    // article:published_time, as the page's own calendar day (not moved to the next day in UTC)
    expect(a.publishedAt).toBe("2026-04-02");
    expect(a.text.startsWith("The harbour town of Lysekil opened its new ferry terminal on Thursday")).toBe(true);
    expect(a.text).toContain("a new road to the harbour is also due to open.");
    for (const junk of [
      "Sport",
      "Save 40 percent",
      "mortgage rates",
      "Related stories",
      "Fire destroys historic",
      "All rights reserved",
      "analytics",
    ]) {
      expect(a.text).not.toContain(junk);
    }
    // paragraphs kept apart, the caption as a paragraph of its own where it stood
    const paragraphs = a.text.split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[2]).toBe("The new terminal seen from the water on its opening day.");
    expect(a.captions).toEqual(["The new terminal seen from the water on its opening day."]);
  });

  it("takes the date from JSON-LD (the article's datePublished, not the site's), skipping a broken block", () => {
    const a = extractArticle(page("jsonld-page.html"));
    expect(a.publishedAt).toBe("2025-11-30");
    expect(a.title).toBe("Glacier museum counts its millionth visitor");
    expect(a.source).toBe("Alpine Daily");
    expect(a.text).toContain("millionth visitor on Sunday");
    expect(a.captions).toEqual([]);
  });

  it("falls back to <time datetime> when there is no meta tag or JSON-LD", () => {
    const html = page("news-page.html").body.replace(/<meta property="article:published_time"[^>]*>/, "");
    expect(extractArticle({ ...page("news-page.html"), body: html }).publishedAt).toBe("2026-04-01");
  });

  it("uses the host as the source when the page names no site and no author", () => {
    const body = page("jsonld-page.html").body.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "");
    const a = extractArticle({ ...page("jsonld-page.html", "https://www.alpine.example/a"), body });
    expect(a.source).toBe("alpine.example");
    expect(a.publishedAt).toBe("");
  });

  it("refuses a page that is not an article", () => {
    expect(refusal(() => extractArticle(page("not-an-article.html")))).toBe("not-an-article");
  });

  it("reads plain text: a short first line is the title", () => {
    const text = `Storm closes the coast road\n\n${"The coast road was closed on Monday after a storm brought down trees and power lines. ".repeat(5)}`;
    const a = extractArticle({ url: "http://news.example/a.txt", type: "text/plain", body: text });
    expect(a.title).toBe("Storm closes the coast road");
    expect(a.text.startsWith("The coast road was closed")).toBe(true);
    expect(
      refusal(() => extractArticle({ url: "http://news.example/a.txt", type: "text/plain", body: "Too short." })),
    ).toBe("not-an-article");
  });
});

describe("calendarDay", () => {
  it("keeps the day as written and refuses impossible dates", () => {
    expect(calendarDay("2026-04-02T22:45:00-04:00")).toBe("2026-04-02");
    expect(calendarDay("2025-02-31")).toBe("");
    expect(calendarDay("April 2, 2026")).toBe("");
    expect(calendarDay(undefined)).toBe("");
  });
});

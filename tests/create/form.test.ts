import { describe, expect, it } from "vitest";
import { formToInput } from "@/lib/create/form";
import { englishArticle } from "./fixtures";

describe("formToInput", () => {
  it("turns a valid form into generator input, leaving out empty optional fields", () => {
    const r = formToInput({ title: "  Tram vote ", source: "", publishedAt: "", text: `\r\n${englishArticle}\r\n` });
    expect(r).toEqual({ ok: true, input: { title: "Tram vote", text: englishArticle } });
  });

  it("keeps source and date when given", () => {
    const r = formToInput({ title: "T", source: "Gazette", publishedAt: "2026-11-24", text: englishArticle });
    expect(r.ok && r.input).toMatchObject({ source: "Gazette", publishedAt: "2026-11-24" });
  });

  it("reports one message per bad field", () => {
    const r = formToInput({ title: " ", source: "x".repeat(201), publishedAt: "24/11/2026", text: "" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["publishedAt", "source", "text", "title"]);
    expect(r.errors.text).toMatch(/Paste the article/);
  });

  it("refuses a value that is not a form", () => {
    expect(formToInput(null).ok).toBe(false);
  });
});

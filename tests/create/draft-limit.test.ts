// Issue 12, item 15: an article the form refuses for its length is not kept as a draft (it filled the quota).
import { describe, expect, it } from "vitest";
import { draftValue } from "@/components/create/draft-storage";
import { MAX_TEXT_CHARS } from "@/lib/create/input";

const form = (text: string) => ({ title: "A title", source: "", publishedAt: "", text });

describe("the New deck draft", () => {
  it("keeps an article up to the limit", () => {
    expect(JSON.parse(draftValue({ form: form("a".repeat(MAX_TEXT_CHARS)) })!).form.text).toHaveLength(MAX_TEXT_CHARS);
  });

  it("leaves the stored draft alone when the text is over the limit (5.2 million characters pasted)", () => {
    expect(draftValue({ form: form("word ".repeat(1_040_000)) })).toBeUndefined();
    expect(draftValue({ form: form("a".repeat(MAX_TEXT_CHARS + 1)) })).toBeUndefined();
  });

  it("removes a blank draft", () => {
    expect(draftValue({ form: { ...form("  "), title: "" } })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const rewritten = (path: string) => {
  const res = proxy(new NextRequest(new URL(path, "http://localhost")));
  const to = res.headers.get("x-middleware-rewrite");
  return to === null ? null : new URL(to).pathname;
};

describe("proxy: saved decks' addresses", () => {
  it("serves /decks/my-… and its quiz and review from the /local pages", () => {
    expect(rewritten("/decks/my-a")).toBe("/local/my-a");
    expect(rewritten("/decks/my-vellmar-flood-3eb832bd/quiz")).toBe("/local/my-vellmar-flood-3eb832bd/quiz");
    expect(rewritten("/decks/my-vellmar-flood-3eb832bd/review")).toBe("/local/my-vellmar-flood-3eb832bd/review");
    expect(rewritten(`/decks/my-${"a".repeat(77)}`)).toBe(`/local/my-${"a".repeat(77)}`);
  });
  it("leaves built-in decks, other pages and ids no deck can have alone", () => {
    expect(rewritten("/decks/britain-to-let-ukraine-6d8e2d9a")).toBeNull();
    expect(rewritten("/decks/my-")).toBeNull();
    expect(rewritten(`/decks/my-${"a".repeat(78)}`)).toBeNull(); // 81 characters: longer than any deck id
    expect(rewritten("/decks/my-Upper")).toBeNull();
    expect(rewritten("/decks/my-abcd/deck.json")).toBeNull();
    expect(rewritten("/decks/my-abcd/quiz/more")).toBeNull();
  });
});

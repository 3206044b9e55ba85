import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLocalDeckId } from "@/lib/decks/local-summary";
import { OFFLINE_SHELL_ID, OFFLINE_SHELLS, localDeckIdInPath, offlineShellFor } from "@/lib/offline/paths";
import { SHELLS } from "../../scripts/build-sw.mjs";

describe("localDeckIdInPath", () => {
  it("reads a saved deck's id from each of its pages, at either address", () => {
    expect(localDeckIdInPath("/decks/my-moon-landing-1a2b3c4d")).toBe("my-moon-landing-1a2b3c4d");
    expect(localDeckIdInPath("/decks/my-moon-landing-1a2b3c4d/quiz")).toBe("my-moon-landing-1a2b3c4d");
    expect(localDeckIdInPath("/decks/my-moon-landing-1a2b3c4d/review/")).toBe("my-moon-landing-1a2b3c4d");
    expect(localDeckIdInPath("/local/my-moon-landing-1a2b3c4d/review")).toBe("my-moon-landing-1a2b3c4d");
  });

  it("finds none on other pages: built-in decks, other sections, deeper or malformed paths", () => {
    for (const path of [
      "/",
      "/new",
      "/review",
      "/decks/britain-6d8e2d9a",
      "/decks/britain-6d8e2d9a/quiz",
      "/decks/my-x/deck.json",
      "/decks/my-x/quiz/more",
      "/decks/MY-X",
      "/decks/my-",
      "/xdecks/my-abcd",
    ]) {
      expect(localDeckIdInPath(path), path).toBeUndefined();
    }
  });

  it("agrees with isLocalDeckId at the length limits", () => {
    for (const length of [3, 4, 5, 79, 80, 81]) {
      const id = `my-${"a".repeat(length - 3)}`;
      expect(localDeckIdInPath(`/decks/${id}`) === id, `${length} characters`).toBe(isLocalDeckId(id));
    }
  });

  it("agrees with isLocalDeckId on every id (the pattern is written out twice)", () => {
    // Lengths drawn evenly up to past the limit (fast-check's strings favour short ones).
    const id = fc
      .nat(90)
      .chain((n) => fc.string({ unit: fc.constantFrom(..."abcmy-019-_X/".split("")), minLength: n, maxLength: n }));
    fc.assert(
      fc.property(
        fc.oneof(
          id,
          id.map((s) => `my-${s}`),
        ),
        fc.constantFrom("", "/quiz", "/review"),
        (s, page) => {
          expect(localDeckIdInPath(`/decks/${s}${page}`) === s).toBe(isLocalDeckId(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("offlineShellFor", () => {
  it("answers each kind of saved-deck page with the kept page of that kind", () => {
    expect(offlineShellFor("/decks/my-moon-landing-1a2b3c4d")).toBe(`/decks/${OFFLINE_SHELL_ID}`);
    expect(offlineShellFor("/decks/my-moon-landing-1a2b3c4d/quiz")).toBe(`/decks/${OFFLINE_SHELL_ID}/quiz`);
    expect(offlineShellFor("/local/my-moon-landing-1a2b3c4d/review")).toBe(`/decks/${OFFLINE_SHELL_ID}/review`);
  });

  it("has no stand-in for pages that are kept themselves or do not exist", () => {
    for (const path of ["/", "/progress", "/decks/britain-6d8e2d9a/quiz", "/decks/my-x/other", "/sw.js"])
      expect(offlineShellFor(path), path).toBeUndefined();
  });

  it("names only kept pages, the ones the service worker build lists", () => {
    expect(isLocalDeckId(OFFLINE_SHELL_ID)).toBe(true);
    expect([...OFFLINE_SHELLS]).toEqual(SHELLS);
    for (const shell of OFFLINE_SHELLS) expect(offlineShellFor(shell)).toBe(shell);
  });
});

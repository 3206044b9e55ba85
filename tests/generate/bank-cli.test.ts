import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deckSchema } from "@/lib/schemas/deck";

const root = path.resolve(__dirname, "../..");
const bank = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/bank.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm run bank", () => {
  it("prints only the deck JSON for a plain-text article", () => {
    const out = bank("tests/fixtures/articles/06-asylum-seekers-rescued.txt");
    expect(out.status).toBe(0);
    const deck = deckSchema.parse(JSON.parse(out.stdout));
    expect(deck.article.title).toBe("Over 900 asylum seekers rescued off Indonesian coast");
    expect(deck.article.publishedAt).toBe("2015-05-18"); // from the date line
  }, 60_000);

  it("exits non-zero with a one-line reason for a missing or unusable file", () => {
    for (const file of ["no/such/file.txt", "package-lock.json"]) {
      const out = bank(file);
      expect(out.status).not.toBe(0);
      expect(out.stdout).toBe("");
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);

  describe("writes nothing the app would refuse (issue 12, items 14, 16 and 20)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bank-"));
    const article = JSON.parse(fs.readFileSync(path.join(root, "data/articles/london-defence-summit.json"), "utf8"));
    const write = (name: string, content: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    };
    it.each([
      ["a whitespace-only file", () => write("blank.txt", "  \n\n\t \n"), /no text \(only spaces or blank lines\)/],
      [
        "a javascript: source link",
        () => write("js.json", JSON.stringify({ ...article, url: "javascript:alert(1)" })),
        /Invalid article: url: Use an http\(s\) address/,
      ],
      [
        "a data: source link",
        () => write("data.json", JSON.stringify({ ...article, url: "data:text/html,<b>x</b>" })),
        /Invalid article: url: Use an http\(s\) address/,
      ],
      [
        "a title of only a zero-width space",
        () => write("zw.json", JSON.stringify({ ...article, title: "\u200b" })),
        /^[^\n]*: title: Give the article a title\./,
      ],
      [
        "an article over the web's 100,000 characters",
        () => write("long.txt", `A title\n\n${`${article.text}\n\n`.repeat(Math.ceil(100_001 / article.text.length))}`),
        /text: The text is [\d,]+ characters; the limit is 100,000/,
      ],
      ["5 MB of text", () => write("huge.txt", "word ".repeat(1_000_000)), /at most 100,000 characters/],
    ])(
      "%s: refused with a one-line reason, nothing printed",
      (_, make, reason) => {
        const out = bank(make());
        expect(out.status).toBe(1);
        expect(out.stdout).toBe("");
        expect(out.stderr.trim().split("\n")).toHaveLength(1);
        expect(out.stderr).toMatch(reason);
        expect(out.stderr).not.toMatch(/Invalid input/);
      },
      60_000,
    );
  });
});

import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deckSchema } from "@/lib/schemas/deck";

const root = path.resolve(__dirname, "../..");
const bank = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/bank.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

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
});

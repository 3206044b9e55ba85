/**
 * Median time to generate the seed deck, and decks 10x and 100x longer (concatenated news text
 * from the dev articles), with growth ratios. Printed only: CI never times anything.
 */
import fs from "node:fs";
import path from "node:path";
import { generateDeck, type ArticleInput } from "@/lib/generate/deck";
import { parsePlainText } from "@/lib/generate/plain-text";
import { median } from "./bench-lib";

const ROOT = path.resolve(__dirname, "..");
const seed = JSON.parse(
  fs.readFileSync(path.join(ROOT, "data/articles/london-defence-summit.json"), "utf8"),
) as ArticleInput;
const dir = path.join(ROOT, "tests/fixtures/articles");
const news = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => parsePlainText(fs.readFileSync(path.join(dir, f), "utf8")).text);

/** News text about `times` as long as the seed article, built from the seed and the dev articles. */
function longer(times: number): string {
  const target = seed.text.length * times;
  const parts = [seed.text];
  for (let i = 0; parts.join("\n\n").length < target; i++) parts.push(news[i % news.length]!);
  return parts.join("\n\n").slice(0, target).replace(/\S*$/, "");
}

generateDeck(seed); // warm up: load compromise's lexicon and JIT the code paths
const rows = [
  { name: "seed (1x)", input: seed, runs: 15 },
  { name: "10x", input: { ...seed, text: longer(10) }, runs: 7 },
  { name: "100x", input: { ...seed, text: longer(100) }, runs: 3 },
].map((r) => {
  const { wall, cpu } = median(r.runs, () => generateDeck(r.input));
  return { ...r, wall, cpu, chars: r.input.text.length, questions: generateDeck(r.input).questions.length };
});
const base = rows[0]!;
for (const r of rows) {
  console.log(
    `${r.name.padEnd(10)} ${String(r.chars).padStart(7)} chars ${String(r.questions).padStart(5)} questions` +
      `  median wall ${r.wall.toFixed(1).padStart(8)} ms (x${(r.wall / base.wall).toFixed(1)})` +
      `  cpu ${r.cpu.toFixed(1).padStart(8)} ms (x${(r.cpu / base.cpu).toFixed(1)})  for text x${(r.chars / base.chars).toFixed(1)}`,
  );
}

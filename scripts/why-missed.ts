/**
 * For each key fact a candidate covers but the selected deck does not: the covering candidates and why selection
 * dropped each (`npx tsx scripts/why-missed.ts DIR`). A tool for tuning `lib/generate/select.ts`.
 */
import fs from "node:fs";
import path from "node:path";
import { parsePlainText } from "@/lib/generate/plain-text";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { candidateQuestions } from "@/lib/generate/build-questions";
import { selectQuestions } from "@/lib/generate/select";
import { coveringQuestions, type EvalQuestion, type KeyFact } from "./eval-lib";

const dir = process.argv[2];
if (!dir) throw new Error("usage: why-missed.ts DIR");
const keys = JSON.parse(fs.readFileSync(path.join(dir, "key-facts.json"), "utf8")) as Record<string, KeyFact[]>;
const tally = new Map<string, number>();
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const { title, text } = parsePlainText(fs.readFileSync(path.join(dir, file), "utf8"));
  const sentences = splitSentences(text);
  const { facts, mentions } = extractFacts(sentences);
  const { candidates, view } = candidateQuestions(facts, {
    facts,
    mentions,
    title,
    words: text.split(/\s+/).length,
    text,
  });
  const why = new Map<(typeof candidates)[number], string>();
  const kept = new Set(selectQuestions(candidates, view, why));
  const asQ = candidates.map((d, i) => ({ ...d, id: String(i), evidence: "" }) as unknown as EvalQuestion);
  for (const k of keys[file] ?? []) {
    const cover = coveringQuestions(k, asQ).map((i) => candidates[Number(i)]!);
    if (!cover.length || cover.some((d) => kept.has(d))) continue;
    process.stdout.write(`${file.slice(0, 20)} [${k.kind}] ${k.answer}\n`);
    for (const d of cover) {
      const w = why.get(d) ?? "below target";
      const short = w.replace(/ \(.*/, "");
      tally.set(short, (tally.get(short) ?? 0) + 1);
      process.stdout.write(`    ${w}: [${d.type}] ${d.prompt.slice(0, 160)} → ${d.answer}\n`);
    }
  }
}
process.stdout.write(`\n${[...tally].map(([k, v]) => `${k} ${v}`).join("; ")}\n`);

/**
 * Lists every candidate question of an article with its score features, best first, marking the ones
 * the selection keeps: `npx tsx scripts/candidates.ts FILE`. A tool for tuning `lib/generate/select.ts`.
 */
import fs from "node:fs";
import { parsePlainText } from "@/lib/generate/plain-text";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { candidateQuestions } from "@/lib/generate/build-questions";
import { centrality, featuresOf, selectQuestions, withCandidates } from "@/lib/generate/select";

const file = process.argv[2];
if (!file) throw new Error("usage: candidates.ts FILE");
const raw = fs.readFileSync(file, "utf8");
const { title, text } = file.endsWith(".json")
  ? (JSON.parse(raw) as { title: string; text: string })
  : parsePlainText(raw);
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
const cast = centrality(mentions);
process.stdout.write(`main person: ${view.main ?? "-"}; ${candidates.length} candidates, ${kept.size} kept\n`);
const rows = candidates
  .map((d) => {
    const f = featuresOf(d, withCandidates(view, candidates), cast, undefined);
    return { d, f, score: Object.values(f).reduce((a, b) => a + b, 0) };
  })
  .sort((a, b) => b.score - a.score);
for (const { d, f, score } of rows) {
  process.stdout.write(
    `${kept.has(d) ? "KEEP" : "    "} ${why.get(d) ?? ""} ${score.toFixed(2)} [${d.type}${d.variant ? `/${d.variant}` : ""}] ${d.prompt}\n     → ${d.answer}${d.choices && d.type !== "true-false" ? `  (${d.choices.join(" | ")})` : ""}  {${Object.entries(
      f,
    )
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(", ")}}\n`,
  );
}

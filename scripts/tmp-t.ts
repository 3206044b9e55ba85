import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
for (const t of process.argv.slice(2)) {
  const { facts, mentions } = extractFacts(splitSentences(t));
  console.log(mentions.map((m) => `${m.kind}:${m.name}`).join(" | "), "\n  FACTS:", facts.map((f) => `${f.kind}:${f.value}`).join(" | "));
}

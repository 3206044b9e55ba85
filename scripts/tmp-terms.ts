import fs from "node:fs";
import path from "node:path";
import { parsePlainText } from "@/lib/generate/plain-text";
import { splitSentences } from "@/lib/generate/sentences";
import { findKeyPhrases } from "@/lib/generate/terms";
for (const dir of process.argv.slice(2))
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const { text } = parsePlainText(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const s of splitSentences(text))
      for (const t of findKeyPhrases(s)) console.log(`${file.slice(0, 12)} ${t.quoted ? "Q" : " "} ${t.text}`);
  }

/**
 * Generation time on repetitive text: a few names repeated in short sentences, 12,500, 50,000 and 100,000
 * characters (issue 12, item 14: 99,000 such characters took 33 s in the worker). Prints medians and how the
 * time grows with the text; CI never times anything. `BENCH_PROFILE=50000 node --cpu-prof --import tsx
 * scripts/bench-repetitive.ts` runs one size once, for a CPU profile.
 */
import { generateDeck as generate, type ArticleInput } from "@/lib/generate/deck";
import { GenerateError } from "@/lib/generate/errors";
import { median } from "./bench-lib";

const NAMES = ["Maria Lopez", "John Carter", "Aisha Khan", "Tom Baker"];
const PLACES = ["London", "Paris", "Berlin"];

/** `chars` characters of sentences made of the same few names and places, as the hostile test pasted. */
export function repetitive(chars: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const [a, b, p] = [NAMES[i % NAMES.length], NAMES[(i + 1) % NAMES.length], PLACES[i % PLACES.length]];
    const s = `${a} met ${b} in ${p} on Monday. "We agreed on ${(i % 9) + 2} points," ${a} said. ${b} said the talks had cost £${(i % 7) + 1} million.`;
    out.push(s);
    n += s.length + 1;
  }
  return out.join(" ").slice(0, chars);
}

// Timed whether or not questions come out: refusing the text late is as slow as making a deck.
function generateDeck(article: ArticleInput): void {
  try {
    generate(article);
  } catch (e) {
    if (!(e instanceof GenerateError)) throw e;
  }
}

const input = (chars: number): ArticleInput => ({
  title: "Repetitive names",
  publishedAt: "2026-03-01",
  text: repetitive(chars),
});

const profile = Number(process.env.BENCH_PROFILE ?? 0);
if (profile > 0) {
  generateDeck(input(profile));
} else {
  generateDeck(input(2_000)); // warm up: compromise's lexicon and the JIT
  const rows = [
    { chars: 12_500, runs: 5 },
    { chars: 50_000, runs: 3 },
    { chars: 100_000, runs: 3 },
  ].map((r) => ({ ...r, ...median(r.runs, () => generateDeck(input(r.chars))) }));
  const base = rows[0]!;
  for (const r of rows) {
    console.log(
      `repetitive ${String(r.chars).padStart(7)} chars  median wall ${r.wall.toFixed(0).padStart(7)} ms  cpu ${r.cpu.toFixed(0).padStart(7)} ms` +
        `  (x${(r.cpu / base.cpu).toFixed(1)} cpu for text x${(r.chars / base.chars).toFixed(1)})`,
    );
  }
}

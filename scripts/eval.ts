/**
 * Question-generator evaluation: `npm run eval -- DIR|FILE.txt [...] [--json FILE] [--sample] [--misses] [--flags] [--all]`.
 * `--all` keeps every candidate (no selection): the ceiling of what selection can cover.
 * One row per article (questions, counts per type, key-fact coverage when the folder has key-facts.json, detector hits),
 * then a summary line. Matching and detectors live in scripts/eval-lib.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { generateDeck } from "@/lib/generate/deck";
import { parsePlainText } from "@/lib/generate/plain-text";
import { coveringQuestions, DETECTORS, publishedDate, runDetectors, type EvalQuestion, type KeyFact } from "./eval-lib";

const TYPES: [string, string][] = [
  ["multiple-choice", "MC"],
  ["true-false", "TF"],
  ["cloze", "CL"],
  ["numeric", "NU"],
  ["who-said", "WS"],
  ["ordering", "OR"],
];
const SHORT: Record<string, string> = {
  pronoun: "PRO",
  weekday: "WD",
  "part-of-name": "PON",
  "alias-in-choices": "ALI",
  "per-sentence": "PS",
  "leaks-other": "LEAK",
  computable: "CMP",
  dateline: "DL",
  mojibake: "MOJ",
  "long-prompt": "LONG",
  "duplicate-answer": "DUP",
};

interface ArticleResult {
  file: string;
  dir: string;
  publishedAt?: string;
  error?: string;
  questions: (Pick<EvalQuestion, "id" | "type" | "prompt" | "answer" | "choices" | "acceptedAnswers" | "evidence"> & {
    flags: Record<string, string>;
  })[];
  keyFacts?: (KeyFact & { coveredBy: string[] })[];
}

function parseArgs(argv: string[]) {
  const opts = {
    inputs: [] as string[],
    json: undefined as string | undefined,
    sample: false,
    misses: false,
    flags: false,
    all: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") opts.json = argv[++i];
    else if (a === "--sample" || a === "--misses" || a === "--flags" || a === "--all")
      opts[a.slice(2) as "sample" | "misses" | "flags" | "all"] = true;
    else if (a.startsWith("--")) throw new Error(`Unknown flag ${a}`);
    else opts.inputs.push(a);
  }
  if (!opts.inputs.length || (argv.includes("--json") && !opts.json)) {
    throw new Error("Usage: npm run eval -- DIR|FILE.txt [...] [--json FILE] [--sample] [--misses] [--flags] [--all]");
  }
  return opts;
}

const readIf = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined);

function evaluate(file: string, all: boolean): ArticleResult {
  const dir = path.dirname(file),
    name = path.basename(file);
  const sources = readIf(path.join(dir, "SOURCES.md"));
  const keysRaw = readIf(path.join(dir, "key-facts.json"));
  const keys = keysRaw ? ((JSON.parse(keysRaw) as Record<string, KeyFact[]>)[name] ?? []) : undefined;
  const publishedAt = sources ? publishedDate(sources, name) : undefined;
  const base: ArticleResult = { file: name, dir, ...(publishedAt && { publishedAt }), questions: [] };
  try {
    const { title, text } = parsePlainText(fs.readFileSync(file, "utf8"));
    const deck = generateDeck({ title, text, ...(publishedAt && { publishedAt }) }, { all });
    const hits = runDetectors(deck);
    base.questions = deck.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      ...(q.choices && { choices: q.choices }),
      ...(q.acceptedAnswers && { acceptedAnswers: q.acceptedAnswers }),
      evidence: q.evidence,
      flags: hits[q.id] ?? {},
    }));
    if (keys) base.keyFacts = keys.map((k) => ({ ...k, coveredBy: coveringQuestions(k, deck.questions) }));
  } catch (e) {
    base.error = e instanceof Error ? e.message : String(e);
    if (keys) base.keyFacts = keys.map((k) => ({ ...k, coveredBy: [] }));
  }
  return base;
}

function articleFiles(input: string): string[] {
  if (fs.statSync(input).isFile()) return [input];
  return fs
    .readdirSync(input)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(input, f));
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const header = () =>
  `${"article".padEnd(34)} ${pad("Q", 3)} ${TYPES.map(([, s]) => pad(s, 3)).join(" ")} ${pad("cover", 7)} ${pad("flag", 4)}  ${Object.keys(
    DETECTORS,
  )
    .map((d) => SHORT[d])
    .join(" ")}`;

function row(
  label: string,
  qs: ArticleResult["questions"],
  keyFacts: ArticleResult["keyFacts"] | null,
  error?: string,
): string {
  const types = TYPES.map(([t]) => pad(qs.filter((q) => q.type === t).length, 3)).join(" ");
  const covered = keyFacts ? `${keyFacts.filter((k) => k.coveredBy.length).length}/${keyFacts.length}` : "-";
  const flagged = qs.filter((q) => Object.keys(q.flags).length).length;
  const per = Object.keys(DETECTORS)
    .map((d) => pad(qs.filter((q) => d in q.flags).length, SHORT[d]!.length))
    .join(" ");
  return `${label.slice(0, 34).padEnd(34)} ${pad(qs.length, 3)} ${types} ${pad(covered, 7)} ${pad(flagged, 4)}  ${per}${error ? `  ERROR: ${error}` : ""}`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const results = opts.inputs.flatMap(articleFiles).map((f) => evaluate(f, opts.all));
  console.log(header());
  for (const r of results) console.log(row(r.file, r.questions, r.keyFacts ?? null, r.error));
  const all = results.flatMap((r) => r.questions);
  const withKeys = results.filter((r) => r.keyFacts);
  const keyFacts = withKeys.length ? withKeys.flatMap((r) => r.keyFacts!) : null;
  console.log(
    row(
      `TOTAL (${results.length} articles${results.some((r) => r.error) ? `, ${results.filter((r) => r.error).length} failed` : ""})`,
      all,
      keyFacts,
    ),
  );
  if (keyFacts?.length) {
    const c = keyFacts.filter((k) => k.coveredBy.length).length;
    console.log(
      `key-fact coverage ${c}/${keyFacts.length} = ${((100 * c) / keyFacts.length).toFixed(1)}%; flagged ${all.filter((q) => Object.keys(q.flags).length).length}/${all.length} questions`,
    );
  }

  if (opts.misses) {
    console.log("\nUncovered key facts:");
    for (const r of withKeys)
      for (const k of r.keyFacts!.filter((x) => !x.coveredBy.length))
        console.log(`  ${r.file}  [${k.kind ?? "?"}] ${k.answer}  — ${k.fact}`);
  }
  if (opts.flags) {
    console.log("\nFlagged questions:");
    for (const r of results) {
      for (const q of r.questions.filter((x) => Object.keys(x.flags).length)) {
        console.log(
          `  ${r.file} ${q.id} [${q.type}] ${Object.entries(q.flags)
            .map(([d, why]) => `${d} (${why})`)
            .join("; ")}\n      ${q.prompt}\n      → ${q.answer}`,
        );
      }
    }
  }
  if (opts.sample) {
    console.log("\nGrading sample (positions 1, 4, 7, … across the articles):");
    const flat = results.flatMap((r) => r.questions.map((q, i) => ({ file: r.file, i: i + 1, q })));
    for (let n = 0, p = 0; n < 40 && p < flat.length; n++, p += 3) {
      const { file, i, q } = flat[p]!;
      console.log(
        `#${p + 1} ${file} q${i} [${q.type}] ${q.prompt}${q.choices ? `\n      choices: ${q.choices.join(" | ")}` : ""}\n      answer: ${q.answer}`,
      );
    }
  }
  if (opts.json) {
    fs.writeFileSync(
      opts.json,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), articles: results }, null, 1)}\n`,
    );
    console.log(`\nwrote ${opts.json}`);
  }
}

main();

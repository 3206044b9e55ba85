/**
 * The question bank's command line.
 *   npm run bank                      regenerate data/decks/london-defence-summit.deck.json
 *   npm run --silent bank -- FILE     print the deck JSON for a plain-text (or article .json) file
 *   npm run bank -- --review FILE     print a readable listing of the questions
 */
import fs from "node:fs";
import path from "node:path";
import { generateDeck, type ArticleInput } from "@/lib/generate/deck";
import { GenerateError } from "@/lib/generate/errors";
import { parsePlainText } from "@/lib/generate/plain-text";
import { formatReview } from "@/lib/generate/review";

const ROOT = path.resolve(__dirname, "..");
const BUILTIN = { article: "data/articles/london-defence-summit.json", deck: "data/decks/london-defence-summit.deck.json" };

function fail(message: string): never {
  process.stderr.write(`${message.split("\n")[0]}\n`);
  process.exit(1);
}

function readArticle(file: string): ArticleInput {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    fail(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
  }
  if (buf.includes(0)) fail(`${file}: the file looks like binary data, not an article.`);
  const raw = buf.toString("utf8");
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(raw) as ArticleInput;
    } catch {
      fail(`${file}: not valid JSON.`);
    }
  }
  return parsePlainText(raw);
}

/** The deck as it is written to disk: two-space JSON with a final newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(args: string[]) {
  const review = args.includes("--review");
  const files = args.filter((a) => a !== "--review");
  try {
    if (files.length === 0) {
      const deck = generateDeck(JSON.parse(fs.readFileSync(path.join(ROOT, BUILTIN.article), "utf8")) as ArticleInput);
      if (review) return void process.stdout.write(formatReview(deck));
      fs.writeFileSync(path.join(ROOT, BUILTIN.deck), serialize(deck));
      process.stderr.write(`wrote ${BUILTIN.deck}: ${deck.questions.length} questions\n`);
      return;
    }
    const deck = generateDeck(readArticle(files[0]!));
    process.stdout.write(review ? formatReview(deck) : serialize(deck));
  } catch (e) {
    if (e instanceof GenerateError) fail(`${files[0] ?? BUILTIN.article}: ${e.message}`);
    throw e;
  }
}

main(process.argv.slice(2));

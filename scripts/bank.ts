/**
 * The question bank's command line.
 *   npm run bank                      regenerate data/decks/london-defence-summit.deck.json
 *   npm run --silent bank -- FILE     print the deck JSON for a plain-text (or article .json) file
 *   npm run bank -- --review FILE     print a readable listing of the questions
 * A file goes through the New deck form's checks (title, source, date, the 100,000-character limit) and the
 * deck through the deck schema the app saves and loads with (http(s) links only), so the command line writes
 * nothing the app would refuse.
 */
import fs from "node:fs";
import path from "node:path";
import { generateDeck, type ArticleInput } from "@/lib/generate/deck";
import { GenerateError } from "@/lib/generate/errors";
import { parsePlainText } from "@/lib/generate/plain-text";
import { formatReview } from "@/lib/generate/review";
import { formToInput } from "@/lib/create/form";
import { MAX_TEXT_CHARS } from "@/lib/create/input";
import { deckSchema, type Deck } from "@/lib/schemas/deck";
import { describeIssue } from "@/lib/schemas/issues";
import { formatCount } from "@/lib/format";

const ROOT = path.resolve(__dirname, "..");
const BUILTIN = {
  article: "data/articles/london-defence-summit.json",
  deck: "data/decks/london-defence-summit.deck.json",
};

function fail(message: string): never {
  process.stderr.write(`${message.split("\n")[0]}\n`);
  process.exit(1);
}

function readArticle(file: string): unknown {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    fail(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
  }
  if (buf.includes(0)) fail(`${file}: the file looks like binary data, not an article.`);
  // Far over the limit (4 bytes a character, and room for spacing the form's cleaning takes out): refused before
  // any parsing; a 5 MB file once ran for minutes.
  if (buf.length > 16 * MAX_TEXT_CHARS)
    fail(
      `${file}: the file is ${formatCount(buf.length)} bytes; an article is at most ${formatCount(MAX_TEXT_CHARS)} characters.`,
    );
  const raw = buf.toString("utf8");
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(raw);
    } catch {
      fail(`${file}: not valid JSON.`);
    }
  }
  if (!raw.trim())
    fail(
      `${file}: the file has no text (only spaces or blank lines). Give it an article: a title line, a blank line, then the text.`,
    );
  return parsePlainText(raw);
}

/** The article as the New deck form would take it (the same checks and messages), or a one-line refusal. */
function checkArticle(file: string, article: unknown): ArticleInput {
  if (typeof article !== "object" || article === null || Array.isArray(article))
    fail(`${file}: an article .json file holds an object with a title and a text.`);
  const a = article as Record<string, unknown>;
  const checked = formToInput({
    title: a.title,
    source: a.source ?? "",
    publishedAt: a.publishedAt ?? "",
    text: a.text,
  });
  if (!checked.ok) {
    const [field, message] = Object.entries(checked.errors)[0]!;
    fail(`${file}: ${field}: ${message}`);
  }
  return {
    ...checked.input,
    ...(a.url !== undefined ? { url: a.url as string } : {}),
    ...(a.captions !== undefined ? { captions: a.captions as string[] } : {}),
  };
}

/** The deck checked with the schema the app saves and loads decks with: nothing it would refuse is written. */
function checkDeck(file: string, deck: Deck): Deck {
  const parsed = deckSchema.safeParse(deck);
  // Written as the generator made it (the schema's output orders keys its own way): checked, not rewritten.
  if (parsed.success) return deck;
  fail(`${file}: the deck would not be valid (${describeIssue(parsed.error, "deck")}), so it was not written.`);
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
      const deck = checkDeck(
        BUILTIN.article,
        generateDeck(JSON.parse(fs.readFileSync(path.join(ROOT, BUILTIN.article), "utf8")) as ArticleInput),
      );
      if (review) return void process.stdout.write(formatReview(deck));
      fs.writeFileSync(path.join(ROOT, BUILTIN.deck), serialize(deck));
      process.stderr.write(`wrote ${BUILTIN.deck}: ${deck.questions.length} questions\n`);
      return;
    }
    const file = files[0]!;
    const deck = checkDeck(file, generateDeck(checkArticle(file, readArticle(file))));
    process.stdout.write(review ? formatReview(deck) : serialize(deck));
  } catch (e) {
    if (e instanceof GenerateError) fail(`${files[0] ?? BUILTIN.article}: ${e.message}`);
    throw e;
  }
}

main(process.argv.slice(2));

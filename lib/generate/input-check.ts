import { GenerateError } from "./errors";

// The commonest English function words: real English prose is full of them, other languages are not.
const ENGLISH = new Set(
  (
    "the of and to a in is was that for on with as by at it from his her he she they their be are were has have had " +
    "will would not but or an this which who said after its also more than been into over about up one"
  ).split(" "),
);
/** Fewest words an article needs before questions can be made from it. */
export const MIN_WORDS = 30;

/** Throws a GenerateError with a one-line reason when the text cannot be an English article. */
export function checkUsableText(text: string): void {
  const trimmed = text.trim();
  if (!trimmed) throw new GenerateError("The article text is empty.");
  const controls = (trimmed.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > 0 && controls / trimmed.length > 0.001)
    throw new GenerateError("The text looks like binary data, not an article.");
  const letters = trimmed.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /[A-Za-z]/.test(c)).length;
  if (letters.length < trimmed.length * 0.5 && latin < trimmed.length * 0.5 && letters.length < 20) {
    throw new GenerateError("The text has too few words to be an article.");
  }
  if (letters.length > 0 && latin / letters.length < 0.8)
    throw new GenerateError("The text does not look like English.");
  const words = trimmed.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  if (words.length < MIN_WORDS) {
    throw new GenerateError(
      `The article is too short to make questions from (${words.length} words; at least ${MIN_WORDS} needed).`,
    );
  }
  const common = words.filter((w) => ENGLISH.has(w)).length;
  if (common / words.length < 0.12) throw new GenerateError("The text does not look like English.");
}

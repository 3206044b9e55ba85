import { numberValue } from "./numbers";

/** An enumeration announced with its size ("a four-step plan ...: to ...; to ...; and to ..."); offsets in the sentence. */
export type ListSpan = { intro: string; items: string[]; start: number; end: number };

const COUNT = "two|three|four|five|six|seven|eight|nine|ten";
const INTRO = new RegExp(
  String.raw`\b(?:(?:an?|the|its|their|his|her)\s)?((?:${COUNT})(?:-|\s)[^:;]{2,120}?)(?::|\s--\s|\s—\s|\s–\s)\s*`,
  "gi",
);

function splitItems(tail: string): string[] {
  const byClause = tail.includes(";");
  const parts = tail.split(byClause ? /;\s*(?:and\s+)?/ : /,\s*(?:and\s+)?|\s+and\s+/);
  const items: string[] = [];
  for (const raw of parts) {
    const item = raw
      .replace(/^\s*and\s+/, "")
      .replace(/[\s.,;:!?]+$/, "")
      .trim();
    // ", with the last one being ..." and the like comment on the list; they are not items.
    if (!item || /^(?:with|which|who|while|where|as|including|although|but)\b/.test(item)) break;
    items.push(item);
  }
  return items;
}

/** Finds enumerations whose item count matches the number that announces them. */
export function findLists(sentence: string): ListSpan[] {
  const out: ListSpan[] = [];
  for (const m of sentence.matchAll(INTRO)) {
    const intro = m[1] ?? "";
    const count = numberValue(intro.split(/[-\s]/)[0] ?? "");
    const items = splitItems(sentence.slice(m.index + m[0].length));
    if (count === undefined || items.length !== count || items.some((i) => i.split(/\s+/).length > 40)) continue;
    const last = items[items.length - 1] ?? "";
    const end = sentence.indexOf(last, m.index) + last.length;
    out.push({ intro: intro.trim(), items, start: m.index, end });
  }
  return out;
}

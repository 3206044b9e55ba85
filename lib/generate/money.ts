import { DIGITS, SCALES, numberForms, parseScaled, round, toScaled, withCommas } from "./numbers";
import { inRange } from "./quantities";

/** An amount of money found in a sentence, with offsets relative to the sentence. */
export type MoneySpan = {
  start: number;
  end: number;
  text: string;
  value: number;
  currency: string;
  /** A conversion in brackets right after it ("(2 billion U.S. dollars)"): an equivalent, never a distractor. */
  conversion?: { text: string; value: number; currency: string; end: number };
};

const SYMBOLS: Record<string, string> = { "£": "GBP", $: "USD", US$: "USD", "€": "EUR", "¥": "JPY" };
const WORDS: [RegExp, string][] = [
  [/^(?:U\.S\.|US|American) dollars?$/i, "USD"],
  [/^dollars?$/i, "USD"],
  [/^pounds?(?: sterling)?$/i, "GBP"],
  [/^euros?$/i, "EUR"],
  [/^yuan$/i, "CNY"],
  [/^yen$/i, "JPY"],
  [/^rupees?$/i, "INR"],
  [/^(?:rubles?|roubles?)$/i, "RUB"],
];
const SCALE = String.raw`(?:\s?(?:trillion|billion|million|thousand|bn|mn|tn|m|k)\b)?`;
const UNIT = String.raw`(?:U\.S\.|US|American) dollars?|dollars?|pounds?(?: sterling)?|euros?|yuan|yen|rupees?|rubles?|roubles?`;
const SYMBOL_RE = new RegExp(String.raw`(US\$|[£$€¥])\s?(${DIGITS})(${SCALE})`, "g");
const WORD_RE = new RegExp(
  String.raw`\b(${DIGITS})(\s(?:trillion|billion|million|thousand))?\s(${UNIT})(?![A-Za-z])`,
  "g",
);

function currencyOfWord(unit: string): string {
  return WORDS.find(([re]) => re.test(unit))?.[1] ?? "USD";
}

function scan(text: string): Omit<MoneySpan, "conversion">[] {
  const out: Omit<MoneySpan, "conversion">[] = [];
  for (const m of text.matchAll(SYMBOL_RE)) {
    const value = parseScaled(m[2] ?? "", (m[3] ?? "").trim() || undefined);
    if (value !== undefined)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        value,
        currency: SYMBOLS[m[1] ?? "$"] ?? "USD",
      });
  }
  for (const m of text.matchAll(WORD_RE)) {
    const value = parseScaled(m[1] ?? "", (m[2] ?? "").trim() || undefined);
    if (value !== undefined)
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, currency: currencyOfWord(m[3] ?? "") });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Finds amounts of money; an amount in brackets right after another becomes that amount's conversion. */
export function findMoney(sentence: string): MoneySpan[] {
  const spans = scan(sentence);
  const out: MoneySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const cur = spans[i]!;
    const next = spans[i + 1];
    const between = next ? sentence.slice(cur.end, next.start) : "";
    if (next && /^\s*\($/.test(between) && sentence[next.end] === ")") {
      out.push({
        ...cur,
        conversion: { text: next.text, value: next.value, currency: next.currency, end: next.end + 1 },
      });
      i++;
    } else if (
      !/=\s*$/.test(sentence.slice(0, cur.start)) &&
      !/^\s*=/.test(sentence.slice(cur.end)) &&
      !inRange(sentence.slice(0, cur.start), sentence.slice(cur.end))
    ) {
      // Either side of "1 pound = 1.26 U.S. dollar" is an exchange rate, and "$3 to $5 billion" a range: not amounts.
      out.push(cur);
    }
  }
  return out;
}

const SYMBOL_OF: Record<string, string> = { GBP: "£", USD: "$", EUR: "€", JPY: "¥" };
const NAME_OF: Record<string, [string, string]> = {
  GBP: ["pound", "pounds"],
  USD: ["dollar", "dollars"],
  EUR: ["euro", "euros"],
  CNY: ["yuan", "yuan"],
  JPY: ["yen", "yen"],
  INR: ["rupee", "rupees"],
  RUB: ["ruble", "rubles"],
};

/** "1.6 billion pounds" / "$4.6 billion": formats a value the way the article wrote its amount. */
export function formatMoney(value: number, currency: string, like: string): string {
  const { num: raw, scale } = toScaled(value);
  // Cents are written in full: "$62.00" next to "$54.30" (the format must not mark the answer out), and never "$54.3".
  const num =
    !scale && (/\d\.\d{2}(?!\d)/.test(like) || !Number.isInteger(round(value)))
      ? withCommas(Number(value.toFixed(2)))
          .replace(/^([\d,]+)$/, "$1.00")
          .replace(/\.(\d)$/, ".$10")
      : raw;
  const amount = scale ? `${num} ${scale}` : num;
  const sym = SYMBOL_OF[currency];
  if (sym && like.trim().startsWith(sym)) {
    const short = /\d(bn|m|k|tn)\b/.exec(like)?.[1];
    return short && scale ? `${sym}${num}${{ million: "m", billion: "bn", trillion: "tn" }[scale]}` : `${sym}${amount}`;
  }
  const [one, many] = NAME_OF[currency] ?? ["dollar", "dollars"];
  const unit = /U\.S\. dollar/.test(like) ? `U.S. ${round(value) === 1 ? one : many}` : round(value) === 1 ? one : many;
  return `${amount} ${unit}`;
}

/** Typed forms of an amount that count as right: "1.6 billion pounds", "1.6 billion", "£1.6bn", "1,600,000,000". */
export function moneyForms(span: Pick<MoneySpan, "text" | "value" | "currency" | "conversion">): string[] {
  const forms = [span.text, ...numberForms(span.value)];
  const sym = SYMBOL_OF[span.currency];
  if (sym) for (const n of numberForms(span.value)) forms.push(`${sym}${n}`);
  const [, many] = NAME_OF[span.currency] ?? [];
  if (many) forms.push(`${numberForms(span.value)[0]} ${many}`);
  if (span.conversion) forms.push(span.conversion.text);
  return [...new Set(forms)];
}

export { SCALES };

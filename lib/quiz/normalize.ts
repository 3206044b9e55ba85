/**
 * Text as compared for typed answers: case, accents, punctuation, the articles "a/an/the" and spacing
 * do not matter ("The U.S." and "us" are the same; "coalition-of-the-willing" and "Coalition of willing" too).
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/\b(\p{L})\.(?=\p{L}(?:\.|\b))/gu, "$1")
    .replace(/(\d)\.(\d)/g, "$1\u0000$2")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}\u0000]+/gu, " ")
    .replace(/\u0000/g, ".")
    .replace(/\b(?:a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const currencies: [RegExp, string][] = [
  [/£|\b(?:pounds?|sterling|gbp)\b/i, "GBP"],
  [/\$|\b(?:dollars?|usd)\b/i, "USD"],
  [/€|\b(?:euros?|eur)\b/i, "EUR"],
  [/¥|\b(?:yen|jpy)\b/i, "JPY"],
  [/\b(?:yuan|rmb|cny)\b/i, "CNY"],
];

/** The currency an amount names ("£1.6bn" → "GBP"), or undefined when it names none. */
export function currencyOf(text: string): string | undefined {
  return currencies.find(([re]) => re.test(text))?.[1];
}

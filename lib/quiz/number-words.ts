// The quiz's one table of number words (Maps: no word like "constructor" is found on a prototype).
const units = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const tens = new Map(
  Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }),
);
/** Every number word below a hundred, in counting order ("zero" … "nineteen", then the tens): also the generator's. */
export const numberWords: ReadonlyMap<string, number> = new Map([...units, ...tens]);
/** The scale words ("five thousand"); `parse-number.ts` adds their abbreviations ("5k", "1.6bn"). */
export const scaleWords: ReadonlyMap<string, number> = new Map(
  Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
);

/**
 * A whole number written in English words: "five thousand", "two hundred and fifty", "twenty-five",
 * "three million four hundred thousand", "a dozen". Undefined when the text is anything else (so "one point
 * six", or words around the number, are not read as a number).
 */
export function wordsToNumber(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if ((w === "a" || w === "an") && i === 0) {
      current = 1;
      continue;
    }
    const unit = units.get(w);
    const ten = tens.get(w);
    const scale = scaleWords.get(w);
    if (w === "dozen") {
      current = (current || 1) * 12;
    } else if (unit !== undefined) {
      if (current % 10 !== 0 && current < 100 && seen) return undefined; // "five six"
      current += unit;
    } else if (ten !== undefined) {
      if (current % 100 !== 0) return undefined; // "five twenty"
      current += ten;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      return undefined;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}

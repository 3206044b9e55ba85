/**
 * Spelling slips in typed answers. A learner who types "Britian" for "Britain" knows the fact; a learner who
 * types "Austria" for "Australia" does not. So: one slip at most (a letter wrong, missing, extra, or two
 * letters swapped), only in words of five letters or more, never where a digit is involved (a number is
 * right or wrong), and never when the slip makes a different word the question offers.
 */

/** Minimum length of an answer (normalised) for a slip to be forgiven. */
export const MIN_FORGIVEN_LENGTH = 5;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether normalised `given` is one spelling slip away from normalised `form` under the rules above.
 * `others` are the normalised texts of other answers the question offers (they must not be near `given`).
 */
export function isSpellingSlip(given: string, form: string, others: readonly string[] = []): boolean {
  if (given === form || form.length < MIN_FORGIVEN_LENGTH || /\d/.test(given) || /\d/.test(form)) return false;
  if (editDistance(given, form, 1) !== 1) return false;
  return !others.some((o) => o !== form && editDistance(given, o, 1) <= 1);
}

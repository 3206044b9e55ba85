/**
 * JSON with every object's keys sorted: two values with the same data give the same text whatever order their
 * keys were set in. Used to compare saved states and to break ties the same way whichever side merges.
 */
export function canonicalJson(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Of two values alike in every way that counts, the same one whichever is passed first. */
export function fixedPick<T>(a: T, b: T): T {
  // Most ties are two copies of the same data (both tabs hold it): plain JSON tells them apart faster.
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  return canonicalJson(b) > canonicalJson(a) ? b : a;
}

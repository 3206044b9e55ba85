/** 32-bit FNV-1a of a string as 8 hex digits: stable ids and seeds without any randomness. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Items in an order fixed by the hash of seed + item (ties keep input order): the same article always gives the same
 * order, with no random generator (the quiz's own shuffle is lib/quiz/random.ts, a seeded Fisher–Yates).
 */
export function hashOrder<T>(items: readonly T[], seed: string, key: (item: T) => string = String): T[] {
  return items
    .map((item, i) => ({ item, i, h: hash32(`${seed}\u0000${key(item)}`) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.i - b.i))
    .map((x) => x.item);
}

/** A lowercase slug of at most `max` characters (letters, digits, single hyphens). */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/g, "");
}

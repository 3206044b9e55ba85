import type { Draft } from "./draft";

/** Most who-said questions, and most "X said" statements, with the same person as their answer. */
export const PER_SPEAKER = 2;

const normalized = (prompt: string) => prompt.toLowerCase().replace(/[^a-z0-9_]+/g, " ").trim();

/** The person a "X said: …" statement names. */
const named = (d: Draft) => /^True or false\? (.+?) said: /.exec(d.prompt)?.[1];

/**
 * Drops questions that repeat another (the same prompt up to case and punctuation), and keeps at
 * most PER_SPEAKER who-said questions per speaker and "X said" statements per named person, so the
 * most quoted person is not a safe guess. Order is kept.
 */
export function dropRepeats(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  const perSpeaker = new Map<string, number>();
  const out: Draft[] = [];
  for (const d of drafts) {
    const key = `${d.type}|${normalized(d.prompt)}`;
    if (seen.has(key)) continue;
    const speaker = d.type === "who-said" ? `w|${d.answer}` : d.type === "true-false" && named(d) ? `t|${named(d)}` : undefined;
    if (speaker) {
      const n = perSpeaker.get(speaker) ?? 0;
      if (n >= PER_SPEAKER) continue;
      perSpeaker.set(speaker, n + 1);
    }
    seen.add(key);
    out.push(d);
  }
  return out;
}

import type { Draft } from "./draft";

/** Most who-said questions, and most "X said" statements, with the same person as their answer. */
export const PER_SPEAKER = 2;

const normalized = (prompt: string) =>
  prompt
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, " ")
    .trim();

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
    const speaker =
      d.type === "who-said" ? `w|${d.answer}` : d.type === "true-false" && named(d) ? `t|${named(d)}` : undefined;
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

/**
 * Keeps true/false answers near even, so "False" (or "True") is not the better blind guess: the larger
 * side keeps at most a quarter more than the smaller one, and at least two more (a short article may have
 * only false statements to offer). The larger side loses its last questions; order is kept.
 */
export function balanceTrueFalse(drafts: Draft[]): Draft[] {
  const count = (answer: string) => drafts.filter((d) => d.type === "true-false" && d.answer === answer).length;
  const [t, f] = [count("True"), count("False")];
  const major = t > f ? "True" : "False";
  const minor = Math.min(t, f);
  const cap = Math.max(minor + 2, Math.ceil(minor * 1.25));
  let extra = Math.max(t, f) - cap;
  if (extra <= 0) return drafts;
  const out = [...drafts];
  for (let i = out.length - 1; i >= 0 && extra > 0; i--) {
    const d = out[i]!;
    if (d.type === "true-false" && d.answer === major) {
      out.splice(i, 1);
      extra--;
    }
  }
  return out;
}

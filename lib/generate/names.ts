import type { Sentence } from "./sentences";
import type { EntityKind, Mention } from "./mention";
import { knownPlace } from "./pools";

/** Acronyms the article defines after a common noun ("lunar terrain vehicle (LTV)"): things, not names. */
export function definedThings(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/\b[a-z]+\s\(([A-Z]{2,6})\)/g)) out.add(m[1] ?? "");
  return out;
}

/** Gives every short mention ("Starmer") the full name it stands for ("Keir Starmer") when that is unambiguous. */
export function resolveNames(mentions: Mention[]): Mention[] {
  const people = [...new Set(mentions.filter((m) => m.kind === "person" && m.text.includes(" ")).map((m) => m.text))];
  const bodies = [
    ...new Set(mentions.filter((m) => m.kind === "organization" && m.text.includes(" ")).map((m) => m.text)),
  ];
  // One name, one kind: the kind it is given most often in the article wins.
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const m of mentions) {
    const v = votes.get(m.text) ?? new Map<EntityKind, number>();
    v.set(m.kind, (v.get(m.kind) ?? 0) + (m.role ? 3 : 1));
    votes.set(m.text, v);
  }
  const kindOf = (text: string) =>
    [...(votes.get(text) ?? new Map<EntityKind, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return mentions.map((m) => {
    const k = kindOf(m.text) ?? m.kind;
    if (k !== m.kind) m = { ...m, kind: k, placeKind: k === "place" ? (knownPlace(m.text) ?? "other") : undefined };
    if (m.text.includes(" ") || knownPlace(m.text)) return m;
    // "Halvorsen raised its forecast" next to "Halvorsen Foods Inc.": the company, not its founder Olav Halvorsen.
    const body = bodies.find((b) => b.split(" ")[0] === m.text);
    if (body && !m.role && k !== "place") return { ...m, kind: "organization", placeKind: undefined };
    const full = people.filter((p) => p.split(" ").slice(-1)[0] === m.text || p.split(" ")[0] === m.text);
    if (full.length === 1) return { ...m, kind: "person", name: full[0]! };
    return m;
  });
}

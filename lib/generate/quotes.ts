import type { Sentence } from "./sentences";
import type { Mention } from "./entities";
import { ROLE_NOUNS, SPEECH_VERBS } from "./roles";
import { editDistance } from "@/lib/quiz/spelling";

/** A quotation and who said it; offsets of the quoted words are in the article. */
export type QuoteSpan = {
  text: string;
  start: number;
  end: number;
  sentence: number;
  speaker: string;
  speakerKind: "person" | "organization";
  /** The sentence that names the speaker ("he said" points back to it). */
  speakerSentence: number;
};

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "g");

/** Quoted passages in a sentence (straight or curly quotes, balanced only), offsets in the sentence. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”“]+)”/g))
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  // A quote opened after "said," that runs on past the sentence (into the next paragraph).
  // Found from the last quote mark, so a long sentence costs one pass.
  const last = Math.max(text.lastIndexOf('"'), text.lastIndexOf("“"));
  const opensHere =
    last >= 2 && /[,:]\s$/.test(text.slice(last - 2, last)) && text.length - last > 10 && !/[”]/.test(text.slice(last));
  const unbalanced = (text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.includes("“") && !text.includes("”"));
  if (opensHere && unbalanced) out.push({ start: last + 1, end: text.length });
  return out;
}

type Ctx = { s: Sentence; mentions: Mention[]; prevSpeaker?: Mention; prevSentenceSubject?: Mention };

/** Who is the subject of the speech verb at `verbAt` (sentence offset), if the sentence says. */
function speakerAt(ctx: Ctx, outside: string, verbAt: number, verbEnd: number): Mention | undefined {
  const { s, mentions } = ctx;
  const speakers = mentions.filter((m) => m.kind !== "place" && m.sentence === s.index);
  const before = outside.slice(0, verbAt);
  // "..., said Vanessa Wyche" (inverted) or "Starmer said" / "Jeff Rathke, the spokesperson, said".
  // The name may follow its title: "said District Attorney Lorraine Whitaker".
  const inverted = speakers.find(
    (m) =>
      m.start - s.start >= verbEnd && /^\s*(?:[A-Z][\w.'’-]*\s+){0,4}$/.test(outside.slice(verbEnd, m.start - s.start)),
  );
  if (inverted && /[,"”]\s*$/.test(before)) return inverted;
  const nextTo = (skipInPhrase: boolean) =>
    [...speakers].reverse().find((m) => {
      const gap = outside.slice(m.end - s.start, verbAt);
      // "A letter seen by Sky News says", "director of exhibits at the University of Arkansas, Fayetteville, said": a
      // name inside a phrase is not the one speaking.
      if (
        skipInPhrase &&
        /\b(?:by|to|from|with|at|in|for|on|about|of)\s+(?:the\s+)?$/i.test(outside.slice(0, m.start - s.start))
      )
        return false;
      return (
        m.start - s.start < verbAt &&
        (/^\s*$/.test(gap) ||
          /^,\s[^,]{2,80},\s*$/.test(gap) ||
          // "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said".
          (skipInPhrase && /^,\s(?:the\s|a\s|an\s)?[a-z][^,"“”]{1,100}(?:,\s[^,"“”]{2,60}){0,2},\s*$/.test(gap)))
      );
    });
  const nearest = nextTo(false);
  // "Petra Moreau of Banque Lavalle said": the person speaks, not the body they belong to.
  const member =
    nearest &&
    nearest.kind === "organization" &&
    speakers.find(
      (m) =>
        m.kind === "person" &&
        m.end <= nearest.start &&
        /^,?\s+(?:of|at|from)\s+(?:the\s+)?$/.test(s.text.slice(m.end - s.start, nearest.start - s.start)),
    );
  const direct = member ? undefined : nextTo(true);
  if (member) return member;
  if (direct) return direct;
  if (/\b(?:he|she|He|She)\s*$/.test(before)) {
    const candidate = ctx.prevSentenceSubject ?? ctx.prevSpeaker;
    // "Thomas' sister pleaded with him to send Gloria to a doctor, but he replied": others named just before "he"
    // make it anyone's guess.
    const others = speakers.filter(
      (m) =>
        m.kind === "person" &&
        m.start - s.start < verbAt &&
        m.name !== candidate?.name &&
        // Named inside the quotation ("we agree with Trump", he said) is no one the pronoun could be.
        outside.slice(m.start - s.start, m.end - s.start).trim() !== "",
    );
    return others.length ? undefined : candidate;
  }
  if (/\b(?:it|It)\s*$/.test(before)) return ctx.prevSpeaker?.kind === "organization" ? ctx.prevSpeaker : undefined;
  const role = /\b(?:[Tt]he\s+)((?:[A-Za-z.]+\s+){0,2}[a-z]+)\s*$/.exec(before)?.[1];
  if (role && ROLE_NOUNS.has(role.split(/\s+/).pop() ?? "")) {
    const wanted = role.toLowerCase();
    const people = mentions.filter((m) => m.kind === "person" && m.start < s.start + verbAt);
    return [...people].reverse().find((m) => roleOf(m, mentions).some((r) => r.endsWith(wanted) || wanted.endsWith(r)));
  }
  return undefined;
}

function roleOf(person: Mention, mentions: Mention[]): string[] {
  return mentions.filter((m) => m.name === person.name && m.role).map((m) => (m.role ?? "").toLowerCase());
}

/**
 * The person a one-word speaker stands for when the article names them once in full and misspells them after
 * ("Kathryn Waters" … "Water said"): a surname one letter away, and no other person that close.
 */
function fullNameOf(speaker: Mention, mentions: Mention[]): Mention | undefined {
  if (speaker.kind !== "person" || speaker.name.includes(" ") || speaker.name.length < 5) return undefined;
  const close = [
    ...new Map(
      mentions
        .filter(
          (m) =>
            m.kind === "person" &&
            m.name.includes(" ") &&
            editDistance(m.name.split(" ").pop()!.toLowerCase(), speaker.name.toLowerCase(), 1) <= 1,
        )
        .map((m) => [m.name, m]),
    ).values(),
  ];
  return close.length === 1 ? close[0] : undefined;
}

/** Finds quotations and attributes each to its speaker; "he said" goes to the last person named as speaker or subject. */
export function findQuotes(sentences: Sentence[], mentions: Mention[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let lastSpeaker: Mention | undefined;
  let prevSentenceSpeaker: Mention | undefined;
  for (const s of sentences) {
    const mine = mentions.filter((m) => m.sentence === s.index);
    const prev = sentences[s.index - 1];
    const prevMentions = prev ? mentions.filter((m) => m.sentence === prev.index && m.kind === "person") : [];
    // A pronoun most often refers to the person the previous sentence opens with.
    const opener = prevMentions.find((m) => prev && /^(?:\S+\s){0,3}$/.test(prev.text.slice(0, m.start - prev.start)));
    const spans = quotedSpans(s.text);
    let outside = s.text;
    for (const q of spans) outside = outside.slice(0, q.start) + " ".repeat(q.end - q.start) + outside.slice(q.end);
    let speaker: Mention | undefined;
    for (const v of outside.matchAll(VERB)) {
      speaker = speakerAt(
        {
          s,
          mentions: mentions.filter((m) => m.sentence <= s.index),
          prevSpeaker: lastSpeaker,
          prevSentenceSubject: opener,
        },
        outside,
        v.index,
        v.index + v[0].length,
      );
      if (speaker && (mine.includes(speaker) || true)) break;
    }
    // A sentence that is nothing but a quote continues the previous speaker's words.
    if (!speaker && spans.length === 1 && spans[0]!.start <= 1 && spans[0]!.end >= s.text.length - 2)
      speaker = prevSentenceSpeaker;
    prevSentenceSpeaker = spans.length || speaker ? speaker : undefined;
    if (!speaker) continue;
    const named =
      mentions.find((m) => m.name === speaker!.name && m.text.includes(" ")) ??
      fullNameOf(speaker, mentions) ??
      speaker;
    if (speaker.sentence === s.index) lastSpeaker = speaker;
    for (const q of spans) {
      const inner = s.text
        .slice(q.start, q.end)
        .replace(/[\s,.;:]+$/, "")
        .trim();
      if (!inner) continue;
      const start = s.start + q.start + s.text.slice(q.start, q.end).indexOf(inner);
      out.push({
        text: inner,
        start,
        end: start + inner.length,
        sentence: s.index,
        speaker: named.name,
        speakerKind: named.kind === "organization" ? "organization" : "person",
        speakerSentence: Math.min(speaker.sentence, s.index),
      });
    }
  }
  return out;
}

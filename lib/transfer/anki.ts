import type { Deck } from "@/lib/schemas/deck";
import { cardFace } from "@/lib/srs/card-face";

/**
 * Quotes a field the way Anki's text importer reads it: a field holding a tab, a line break or a double
 * quote is wrapped in double quotes, with inner quotes doubled; anything else is written as is.
 */
export function ankiField(value: string): string {
  return /[\t\r\n"]/.test(value) || value.startsWith("#") ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The deck name in Anki: under "Factdeck", on one line, with "::" (Anki's subdeck mark) defused. */
export function ankiDeckName(deck: Deck): string {
  const title = deck.article.title.replace(/\s+/g, " ").replaceAll("::", ":").trim();
  return `Factdeck::${title}`;
}

/**
 * A deck in Anki's plain-text import format: one note per question of Anki's own "Basic" note type (named
 * by `#notetype`, so the import needs no choices), columns GUID, Front, Back. The back is the answer, then
 * the evidence sentence on a line of its own (Basic has no field for it; a text file cannot bring a note
 * type of its own). The GUID is the question id, so importing the file again updates the notes instead of
 * duplicating them.
 */
export function deckToAnkiText(deck: Deck): string {
  const lines = [
    "#separator:tab",
    "#html:false",
    `#deck:${ankiDeckName(deck)}`,
    "#guid column:1",
    "#notetype:Basic",
    "#columns:GUID\tFront\tBack",
  ];
  for (const q of deck.questions) {
    const face = cardFace(deck.id, q);
    const front = face.items ? `${face.front}\n${face.items.map((it) => `- ${it}`).join("\n")}` : face.front;
    lines.push([q.id, front, `${face.answer}\n\n${face.evidence}`].map(ankiField).join("\t"));
  }
  return lines.join("\n") + "\n";
}

/** A file name for the Anki export of a deck. */
export function ankiFileName(deck: Deck): string {
  return `factdeck-${deck.id}-anki.txt`;
}

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ankiDeckName, ankiField, ankiFileName, deckToAnkiText } from "@/lib/transfer/anki";
import { fixtureDeck } from "../fixtures/cards-deck";

/** A reader for the quoted-field format, as Anki's importer applies it (for the round-trip property). */
function readFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
      }
      out.push(v);
      i++; // the tab
    } else {
      const end = line.indexOf("\t", i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

describe("Anki export", () => {
  const text = deckToAnkiText(fixtureDeck);
  const lines = text.split("\n");

  it("starts with the headers Anki reads", () => {
    expect(lines.slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:false",
      "#deck:Factdeck::Fixture summit",
      "#guid column:1",
      "#notetype:Basic",
      "#columns:GUID\tFront\tBack",
    ]);
  });

  it("writes one note per question of Anki's Basic type with a stable guid (the question id), the evidence on the back", () => {
    // Notes start a line with their guid; a back holds line breaks (quoted), so a note spans lines.
    const starts = lines.slice(6).filter((l) => fixtureDeck.questions.some((q) => l.startsWith(`${q.id}\t`)));
    expect(starts.map((l) => l.split("\t")[0])).toEqual(fixtureDeck.questions.map((q) => q.id));
    expect(deckToAnkiText(fixtureDeck)).toBe(text);
    expect(text).toContain(
      '\nq-cloze\tLeaders agreed a _____ plan.\t"four-step\n\nLeaders agreed a four-step plan."\n',
    );
    expect(
      readFields('q-cloze\tLeaders agreed a _____ plan.\t"four-step\n\nLeaders agreed a four-step plan."'),
    ).toHaveLength(3);
  });

  it("quotes fields with tabs, line breaks and quotes", () => {
    expect(ankiField("plain")).toBe("plain");
    expect(ankiField("a\tb")).toBe('"a\tb"');
    expect(ankiField("a\nb")).toBe('"a\nb"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField("#not a header")).toBe('"#not a header"');
    // The who-said evidence has quotes in it.
    expect(text).toContain('"Keir Starmer\n\n""We stand together,"" said Keir Starmer."');
  });

  it("keeps any field intact through quoting (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 4 }), (fields) => {
        // Records are split on newlines only outside quotes; a single record here, so read it whole.
        expect(readFields(fields.map(ankiField).join("\t"))).toEqual(fields);
      }),
    );
  });

  it("names the deck on one line without Anki's subdeck separator", () => {
    const deck = { ...fixtureDeck, article: { ...fixtureDeck.article, title: "A::B\nC" } };
    expect(ankiDeckName(deck)).toBe("Factdeck::A:B C");
    expect(ankiFileName(fixtureDeck)).toBe("factdeck-fixture-deck-0001-anki.txt");
  });
});

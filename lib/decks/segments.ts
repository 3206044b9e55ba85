/** A piece of a paragraph: plain text, or an evidence sentence with its anchor offset. */
export type Segment = { text: string; start?: number };

/**
 * Splits article text into paragraphs of segments so that each evidence range can be
 * rendered with an anchor (`#s-<start>`). Every distinct start gets its anchor: a range that starts
 * inside an earlier one (evidence of two sentences, "X said. … he added") splits it there, and a range
 * that runs into the next paragraph is anchored up to its paragraph's end.
 */
export function segmentArticle(text: string, ranges: { start: number; end: number }[]): Segment[][] {
  // One range per start, the shortest: the sentence itself rather than a span that begins with it.
  const byStart = new Map<number, { start: number; end: number }>();
  for (const r of ranges) if (!byStart.has(r.start) || r.end < byStart.get(r.start)!.end) byStart.set(r.start, r);
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start);
  const paragraphs: Segment[][] = [];
  let pos = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const pStart = text.indexOf(para, pos);
    const pEnd = pStart + para.length;
    pos = pEnd;
    const segs: Segment[] = [];
    let cur = pStart;
    for (const r of sorted) {
      if (r.start < pStart || r.start >= pEnd) continue;
      const last = segs[segs.length - 1];
      if (r.start < cur) {
        // Starts inside the previous anchored segment: that one ends here.
        if (last?.start === undefined) continue;
        last.text = text.slice(last.start, r.start);
      } else if (r.start > cur) {
        segs.push({ text: text.slice(cur, r.start) });
      }
      const end = Math.min(Math.max(r.end, cur), pEnd);
      segs.push({ text: text.slice(r.start, end), start: r.start });
      cur = end;
    }
    if (cur < pEnd) segs.push({ text: text.slice(cur, pEnd) });
    if (segs.length) paragraphs.push(segs);
  }
  return paragraphs;
}

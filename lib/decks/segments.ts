/** A piece of a paragraph: plain text, or an evidence sentence with its anchor offset. */
export type Segment = { text: string; start?: number };

/**
 * Splits article text into paragraphs of segments so that each evidence range can be
 * rendered with an anchor (`#s-<start>`). Ranges that overlap an earlier one are skipped.
 */
export function segmentArticle(text: string, ranges: { start: number; end: number }[]): Segment[][] {
  const sorted = [...new Map(ranges.map((r) => [r.start, r])).values()].sort((a, b) => a.start - b.start);
  const paragraphs: Segment[][] = [];
  let pos = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const pStart = text.indexOf(para, pos);
    const pEnd = pStart + para.length;
    pos = pEnd;
    const segs: Segment[] = [];
    let cur = pStart;
    for (const r of sorted) {
      if (r.start < cur || r.end > pEnd || r.start >= pEnd) continue;
      if (r.start > cur) segs.push({ text: text.slice(cur, r.start) });
      segs.push({ text: text.slice(r.start, r.end), start: r.start });
      cur = r.end;
    }
    if (cur < pEnd) segs.push({ text: text.slice(cur, pEnd) });
    if (segs.length) paragraphs.push(segs);
  }
  return paragraphs;
}

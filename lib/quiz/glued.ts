/**
 * Where wire copy glues two sentences together with no space ("London.The goal", `air.""Europe`): the
 * end of a sentence (a small letter, digit, % or bracket, then . ! or ?, perhaps a closing quote) right
 * before the start of the next (perhaps an opening quote, then a capital and a small letter). "U.S.Army"
 * and "3.5" are left alone. The stored text is never changed: the page shows a space there (`.gap`).
 */
const GLUE = /(?<=[\p{Ll}\d%)][.!?]["”’]?)(?=["“‘]?\p{Lu}\p{Ll})/gu;

/** `text` cut where sentences are glued: joined again, the parts are `text` exactly. */
export function splitGlued(text: string): string[] {
  return text.split(GLUE);
}

/** Whether `after` starts a sentence glued to the end of `before` (the two are one text, cut between). */
export function gluedAcross(before: string, after: string): boolean {
  const tail = before.slice(-3);
  return splitGlued(tail + after.slice(0, 3))[0] === tail && after.length > 0;
}

/** Text cleanup for pasted articles. Pure string work; turning HTML into text happens in the page (DOMParser). */

// A tag of a known HTML element, opening or closing; "a < b > c" in prose is not markup.
const TAG =
  /<\/?(?:!doctype|html|head|body|meta|link|title|script|style|noscript|iframe|object|embed|svg|math|img|video|audio|source|picture|a|b|i|u|em|strong|span|div|p|br|hr|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|article|section|header|footer|nav|aside|main|form|input|button|textarea|select|template)\b[^<>]*>/i;

/** True when `text` contains HTML tags (page source, or markup pasted as plain text). */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

/**
 * Normalises pasted text without changing its words: Windows/Mac line ends to "\n", no-break and
 * odd spaces to plain spaces, zero-width characters removed, trailing spaces cut, runs of blank
 * lines folded to one blank line (a paragraph break), outer whitespace trimmed.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

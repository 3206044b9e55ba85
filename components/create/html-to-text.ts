import { cleanText } from "@/lib/create/clean";

// Elements whose content is code or media, never article text.
const DROP = "script,style,noscript,template,iframe,object,embed,svg,math,head,button,select,textarea";
// Elements that end a paragraph (or a line, for br and list items).
const BLOCKS = "p,div,section,article,header,footer,aside,blockquote,figure,figcaption,h1,h2,h3,h4,h5,h6,ul,ol,table,tr,pre";

/**
 * The readable text of some HTML, with paragraph breaks. DOMParser builds an inert document: its
 * scripts do not run and its images do not load, so nothing in the markup is executed or fetched.
 */
export function htmlToText(html: string): string {
  // Style sheets are cut out before parsing: even in an inert document each one is checked against the
  // page's Content Security Policy, which refuses it and logs an error. (An unclosed one runs to the end,
  // as it would in the parser.)
  const unstyled = html.replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, "");
  const doc = new DOMParser().parseFromString(unstyled, "text/html");
  doc.querySelectorAll(DROP).forEach((n) => n.remove());
  doc.querySelectorAll("br").forEach((n) => n.replaceWith("\n"));
  doc.querySelectorAll("li").forEach((n) => n.append("\n"));
  doc.querySelectorAll(BLOCKS).forEach((n) => {
    n.before("\n\n");
    n.append("\n\n");
  });
  const text = (doc.body?.textContent ?? "").replace(/[ \t]*\n[ \t]*/g, "\n").replace(/[ \t]{2,}/g, " ");
  return cleanText(text);
}

import { cleanText } from "@/lib/create/clean";

// Elements whose content is code or media, never article text.
const DROP = "script,style,noscript,template,iframe,object,embed,svg,math,head,button,select,textarea";
// Elements that end a paragraph (or a line, for br and list items).
const BLOCKS =
  "p,div,section,article,header,footer,aside,blockquote,figure,figcaption,h1,h2,h3,h4,h5,h6,ul,ol,table,tr,pre";

/**
 * The readable text of a parsed HTML document, with paragraph breaks (the document is changed). Used in the
 * browser on pasted markup (components/create/html-to-text.ts) and on the server on a fetched article.
 */
export function documentText(doc: Document): string {
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

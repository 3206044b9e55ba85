import { documentText } from "@/lib/create/document-text";

/**
 * The readable text of some HTML, with paragraph breaks. DOMParser builds an inert document: its
 * scripts do not run and its images do not load, so nothing in the markup is executed or fetched.
 */
export function htmlToText(html: string): string {
  // Style sheets are cut out before parsing: even in an inert document each one is checked against the
  // page's Content Security Policy, which refuses it and logs an error. (An unclosed one runs to the end,
  // as it would in the parser.)
  const unstyled = html.replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, "");
  return documentText(new DOMParser().parseFromString(unstyled, "text/html"));
}

import type { ExtractProblemCode } from "@/lib/schemas/extract";

/** The message the form shows for each refusal: what happened, and what the user can do. */
export const problemMessages: Record<ExtractProblemCode, string> = {
  "bad-request": "The request to read the link was not understood. Reload the page and try again.",
  "not-a-web-link": "That is not a web link. Enter an address starting with http:// or https://.",
  "address-not-allowed":
    "That address is not allowed: only pages on the public internet are fetched, never this machine or its local network.",
  "not-found": "Nothing was found at that link. Check the address.",
  unreachable: "The site could not be reached. Check the address, or try again later.",
  "site-error": "The site answered with an error. Try again later, or paste the article's text.",
  "too-many-redirects": "The link redirects too many times (at most 3 are followed).",
  "not-html": "That link is not a web page or plain text (only HTML and plain text are read).",
  "too-large": "That page is too large (over 5 MB), so it was not read. Paste the article's text instead.",
  "timed-out": "The site took too long to answer (over 10 seconds). Try again, or paste the article's text.",
  "not-an-article": "No article was found on that page. Open the article itself, or paste its text.",
};

/** A refused link or page; `code` picks the message. */
export class ExtractRefused extends Error {
  constructor(
    readonly code: ExtractProblemCode,
    detail?: string,
  ) {
    super(detail ?? problemMessages[code]);
    this.name = "ExtractRefused";
  }
}

/** Title and body of a plain-text article: a short first line followed by a blank line is the title. */
export function parsePlainText(raw: string): { title: string; text: string } {
  const text = raw.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");
  const m = /^[ \t]*([^\n]{1,200}?)[ \t]*\n[ \t]*\n/.exec(text);
  if ((m && !/[.!?]["”]?$/.test(m[1] ?? "x")) || (m && (m[1] ?? "").split(/\s+/).length <= 16)) {
    return { title: (m[1] ?? "").trim(), text: text.slice(m[0].length).replace(/\s+$/, "") };
  }
  const body = text.trim();
  const words = body.split(/\s+/).slice(0, 8).join(" ");
  return { title: words ? `${words}…` : "Untitled article", text: body };
}

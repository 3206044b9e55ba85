// A link as the user typed it, read the same way in the page (before asking the server) and on the server.

/**
 * The http(s) URL of `link`, or undefined when it is not a web link (another scheme such as `file:`, or no
 * address at all). A bare "example.com/news/1" is read as https. `base` resolves a redirect's Location.
 */
export function parseWebLink(link: string, base?: URL): URL | undefined {
  const trimmed = link.trim();
  const withScheme = !base && /^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme, base);
  } catch {
    return undefined;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
}

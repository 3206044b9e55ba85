// The server's one request to the outside: fetch a page the user named, locked down (docs/security.md,
// "Reading an article from a link"). Runs on the server only (app/api/extract/route.ts).
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import dns from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { isAllowedAddress } from "@/lib/extract/address";
import { ExtractRefused } from "@/lib/extract/problems";
import { parseWebLink } from "@/lib/extract/link";

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 3;

export type ResolvedAddress = { address: string; family: number };
/** Every address of a host name (dns.lookup with `all`, as the system resolves it). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;
/** One GET of `url`; connects only through `lookup` (host names) to an address already checked (literals). */
export type Transport = (
  url: URL,
  init: { lookup: LookupFunction; signal: AbortSignal; headers: Record<string, string> },
) => Promise<IncomingMessage | FakeResponse>;
/** What a transport answers: a status, headers and a body stream (IncomingMessage is one). */
export type FakeResponse = Readable & { statusCode?: number; headers: Record<string, string | string[] | undefined> };

export type FetchOptions = {
  /** Tests only (FACTDECK_ALLOW_LOOPBACK_FETCH=1): lets 127.0.0.0/8 and ::1 through, for a fixture server. */
  allowLoopback?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  resolve?: Resolve;
  transport?: Transport;
};

export type FetchedPage = { url: string; type: "text/html" | "text/plain"; body: string };

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for the socket that resolves the host, refuses it when any of its addresses is not public, and
 * hands the socket only those checked addresses: the address connected to is the one checked, so a host
 * whose DNS answer changes between a check and the connection (DNS rebinding) cannot slip through.
 */
export function checkedLookup(resolve: Resolve, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const checked = resolve(hostname).then((found) => {
      // Refused when any address the name has is not public, whichever one the socket would pick.
      if (found.some((a) => !isAllowedAddress(a.address, { allowLoopback })))
        throw new ExtractRefused("address-not-allowed");
      const addresses = options.family ? found.filter((a) => a.family === options.family) : found;
      if (!addresses[0]) throw new ExtractRefused("not-found");
      return addresses;
    });
    // The callback is called once, outside the promise chain (an exception in it is not a lookup failure).
    checked.then(
      (addresses) => {
        const first = addresses[0]!;
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

export const nodeTransport: Transport = (url, { lookup, signal, headers }) =>
  new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method: "GET", headers, lookup, signal, agent: false },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });

/** The URL of a link, or a refusal: http(s) only, no user name or password in it. */
export function webLink(link: string, base?: URL): URL {
  const url = parseWebLink(link, base);
  if (!url) throw new ExtractRefused("not-a-web-link");
  if (url.username || url.password)
    throw new ExtractRefused(
      "not-a-web-link",
      "Links with a user name or password are not fetched: no credentials are ever sent.",
    );
  return url;
}

const REQUEST_HEADERS = {
  // No cookies, no Authorization, no Referer: nothing about the user or this app goes with the request.
  "user-agent": "Mozilla/5.0 (compatible; Factdeck article reader)",
  accept: "text/html, text/plain;q=0.9",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en",
};

function header(res: { headers: Record<string, string | string[] | undefined> }, name: string): string {
  const v = res.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/**
 * Fetches `link` as the server's only outside request: http(s) only; each host's addresses must all be public
 * (checked again after each redirect, at most 3, and connected to as checked); nothing sent but a plain GET;
 * 10 s for everything; 5 MB at most, read as a stream and stopped there; HTML or plain text only.
 */
export async function fetchPage(link: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { allowLoopback = false, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const lookup = checkedLookup(options.resolve ?? systemResolve, allowLoopback);
  const transport = options.transport ?? nodeTransport;
  let url = webLink(link);
  try {
    for (let redirects = 0; ; redirects++) {
      const literal = url.hostname.replace(/^\[|\]$/g, "");
      // An address written in the link is never looked up, so it is checked here.
      if (isIP(literal) && !isAllowedAddress(literal, { allowLoopback }))
        throw new ExtractRefused("address-not-allowed");
      const res = await transport(url, { lookup, signal, headers: REQUEST_HEADERS });
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && header(res, "location")) {
        res.destroy();
        if (redirects >= MAX_REDIRECTS) throw new ExtractRefused("too-many-redirects");
        url = webLink(header(res, "location"), url);
        continue;
      }
      if (status === 404 || status === 410) throw drop(res, new ExtractRefused("not-found"));
      if (status < 200 || status >= 300)
        throw drop(
          res,
          new ExtractRefused(
            "site-error",
            `The site answered with an error (HTTP ${status}). Try again later, or paste the article's text.`,
          ),
        );
      const contentType = header(res, "content-type").toLowerCase();
      const type = (contentType.split(";")[0] ?? "").trim();
      if (type !== "text/html" && type !== "text/plain") throw drop(res, new ExtractRefused("not-html"));
      const declared = Number(header(res, "content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) throw drop(res, new ExtractRefused("too-large"));
      const bytes = await readLimited(res, header(res, "content-encoding").toLowerCase().trim(), maxBytes);
      return { url: url.href, type, body: decode(bytes, contentType, type) };
    }
  } catch (error) {
    if (signal.aborted) throw new ExtractRefused("timed-out");
    if (error instanceof ExtractRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTFOUND" || code === "EAI_NONAME" || code === "EAI_NODATA") throw new ExtractRefused("not-found");
    throw new ExtractRefused("unreachable");
  }
}

function drop(res: Readable, error: ExtractRefused): ExtractRefused {
  res.destroy();
  return error;
}

/** The body, decompressed, stopped (and the connection dropped) as soon as it passes `maxBytes`. */
async function readLimited(res: Readable, encoding: string, maxBytes: number): Promise<Buffer> {
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : encoding === "" || encoding === "identity"
            ? undefined
            : null;
  if (decoder === null) throw drop(res, new ExtractRefused("not-html"));
  const body: Readable = decoder ? res.pipe(decoder) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new ExtractRefused("too-large");
      chunks.push(chunk as Buffer);
    }
  } finally {
    res.destroy();
    decoder?.destroy();
  }
  return Buffer.concat(chunks);
}

/** The text of the body: the charset the header names, else a `<meta charset>` near the top, else UTF-8. */
function decode(bytes: Buffer, contentType: string, type: string): string {
  let charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!charset && type === "text/html") {
    const head = bytes.subarray(0, 2048).toString("latin1");
    charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

// A small HTML server on 127.0.0.1 (random port) for the link-fetch tests: it records every request.
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";

export const ARTICLE_HTML = `<!doctype html><html><head><title>Test</title></head><body><article><h1>Test</h1>${"<p>The council met on Monday and agreed to build a new bridge over the river, at a cost of 12 million euros.</p>".repeat(5)}</article></body></html>`;

export type Seen = { url: string; headers: http.IncomingHttpHeaders };

export async function startFixtureServer() {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    const route = (req.url ?? "").split("?")[0];
    switch (route) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "session=abc" });
        res.end(ARTICLE_HTML);
        return;
      case "/latin1":
        res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" });
        res.end(Buffer.from("Caf\xe9 in M\xfcnchen", "latin1"));
        return;
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        res.end(zlib.gzipSync(ARTICLE_HTML));
        return;
      case "/redirect":
        res.writeHead(302, { location: "/article" });
        res.end();
        return;
      case "/redirect-private":
        res.writeHead(302, { location: "http://10.0.0.1/admin" });
        res.end();
        return;
      case "/redirect-metadata":
        res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
        res.end();
        return;
      case "/redirect-file":
        res.writeHead(302, { location: "file:///etc/passwd" });
        res.end();
        return;
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        res.end();
        return;
      case "/huge": {
        // 6 MB, chunked (no Content-Length): the reader must stop by itself.
        res.writeHead(200, { "content-type": "text/html" });
        const block = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 96) {
            sent++;
            if (!res.write(block)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => (sent = 96));
        pump();
        return;
      }
      case "/huge-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        res.write("<p>");
        return; // never finished: the declared size alone refuses it
      case "/slow":
        return; // never answers
      case "/image":
        res.writeHead(200, { "content-type": "image/png" });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case "/no-type":
        res.writeHead(200);
        res.end(ARTICLE_HTML);
        return;
      case "/error":
        res.writeHead(503, { "content-type": "text/html" });
        res.end("busy");
        return;
      default:
        res.writeHead(404, { "content-type": "text/html" });
        res.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    port,
    url: (p: string) => `http://127.0.0.1:${port}${p}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

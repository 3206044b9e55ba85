// @ts-check
const isDev = process.env.NODE_ENV === "development";

// Pages are prerendered once at build time, so a per-request nonce is impossible without making every page
// dynamic; Next's App Router bootstraps each page with inline `self.__next_f.push(...)` scripts, hence
// 'unsafe-inline' for scripts (see docs/security.md, "Security headers"). No 'unsafe-eval' outside `next dev`.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  // React renders `style={…}` as style attributes; <style>/<link> elements must still come from us.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Powerful features the app never uses: denied to the page and to anything it could embed.
const deniedFeatures = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "interest-cohort",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Sent with every response, pages, assets and the 404 page alike. */
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: deniedFeatures.map((f) => `${f}=()`).join(", ") },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Each page's CSS comes inlined in its HTML (no stylesheet request before the first paint); the CSP allows
  // exactly those texts by hash, written in after the build by scripts/csp-style-hashes.mjs.
  experimental: { inlineCss: true },
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The service worker (public/sw.js, built by scripts/build-sw.mjs): checked with the server on every visit,
      // so a new build is found at once (docs/architecture.md, "Offline").
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

module.exports = nextConfig;

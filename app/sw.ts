/// <reference lib="webworker" />
// The service worker (built by scripts/build-sw.mjs after `next build`, served as /sw.js). Everything here is
// Serwist configuration: docs/architecture.md ("Offline") says what is kept and why.
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { NetworkOnly, Serwist, copyResponse } from "serwist";
import { OFFLINE_SHELLS, offlineShellFor } from "@/lib/offline/paths";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced at build time by the list of files to keep (the precache manifest).
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  // Every page the build prerenders, all of the build's scripts and styles, the icons and the manifest, and
  // the saved-deck shells: kept at install, answered from the cache (each build's own copies, replaced
  // together when the next build takes over).
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    plugins: [
      {
        // A worker's script is started with settings in its address's #fragment (Turbopack passes the
        // generator's worker its chunks that way). Chromium gives the worker the URL of the response, which
        // for a kept response is the kept URL, without the fragment; a copy carries no URL, so the
        // worker keeps the address it was started with.
        handlerWillRespond: async ({ request, response }) =>
          request.destination === "worker" ? copyResponse(response) : response,
      },
    ],
  },
  // A new build waits until the user asks for it (the update prompt), so a page in use never runs code
  // from two builds.
  skipWaiting: false,
  // The first visit is taken over at once: it works offline without a reload.
  clientsClaim: true,
  runtimeCaching: [
    // Pages not kept in advance (a saved deck's pages) come from the network; with the network
    // unreachable, the fallbacks below answer.
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: OFFLINE_SHELLS.map((url) => ({
      url,
      matcher: ({ request }) => request.mode === "navigate" && offlineShellFor(new URL(request.url).pathname) === url,
    })),
  },
});

serwist.addEventListeners();

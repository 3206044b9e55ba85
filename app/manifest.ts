import type { MetadataRoute } from "next";

/** The light theme's page colour (app/globals.css); the dark one is in the root layout's theme-color. */
const LIGHT_BACKGROUND = "#f7f6f3";

/**
 * The web app manifest (/manifest.webmanifest): what a browser needs to offer to install Factdeck as an app.
 * Icons are drawn from app/icon.svg by scripts/make-icons.mjs; tests/offline/manifest.test.ts checks them.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Factdeck",
    short_name: "Factdeck",
    description: "Turn a news article into quizzes and spaced-repetition flashcards. Everything stays in your browser.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: LIGHT_BACKGROUND,
    theme_color: LIGHT_BACKGROUND,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

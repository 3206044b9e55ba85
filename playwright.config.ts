import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";

// Debian's Chromium when present (Playwright cannot download browsers here), else Playwright's own.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build, served as `npm start` serves it (npm test builds first); the one difference is
    // that the link fetch may reach the fixture server on 127.0.0.1 (e2e/new-deck-link.spec.ts), loopback only.
    command: `node scripts/start.mjs --test-loopback-fetch`,
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
  },
});

// `npm start`: build when no production build exists, then serve it on $PORT (default 3000).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { applyLoopbackSetting } from "./test-setting.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The link fetch may reach this machine (127.0.0.1, ::1) only for the Playwright fixture server.
applyLoopbackSetting(process.argv.slice(2), process.env);
const next = "node_modules/next/dist/bin/next";
if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building first (next build)…");
  for (const args of [[next, "build"], ["scripts/csp-style-hashes.mjs"], ["scripts/build-sw.mjs"]]) {
    const step = spawnSync(process.execPath, args, { stdio: "inherit" });
    if (step.status !== 0) process.exit(step.status ?? 1);
  }
}
// A build made with `next build` alone has no service worker yet (npm run build makes one).
if (!fs.existsSync("public/sw.js")) {
  const step = spawnSync(process.execPath, ["scripts/build-sw.mjs"], { stdio: "inherit" });
  if (step.status !== 0) process.exit(step.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const serve = spawnSync(process.execPath, [next, "start", "-p", port], { stdio: "inherit" });
process.exit(serve.status ?? 0);

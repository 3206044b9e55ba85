// `tsx scripts/bench-feedback.ts`: time from a click on "Check" (a multiple-choice or true/false answer) to
// the feedback painted on screen, measured inside the page with performance.now(), median over N answers,
// on the production build (built if missing) served by `next start`, in Chromium.
// Env: BENCH_PORT (default 3211), BENCH_N (answers, default 40), BENCH_CPU (CPU slowdown, default 1),
// CHROMIUM_PATH (default /usr/bin/chromium when present).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3211);
const n = Number(process.env.BENCH_N ?? 40);
const cpu = Number(process.env.BENCH_CPU ?? 1);
const next = path.join(root, "node_modules/next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

function quizPage(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8"));
  const route = Object.keys(manifest.routes).find((r) => /^\/decks\/[^/]+\/quiz$/.test(r));
  if (!route) throw new Error("the build has no prerendered /decks/[id]/quiz page");
  return route;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`no server at ${url}`);
}

/** A fresh practice quiz of the choice questions only (the ones answered by one click on a choice). */
async function startQuiz(page: Page, url: string) {
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
  await page.getByRole("button", { name: "Start quiz" }).waitFor();
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByRole("radio", { name: /^Practice/ }).check();
  for (const box of await page.getByRole("checkbox").all()) {
    const label = (await box.evaluate((el) => el.closest("label")?.textContent ?? "")).toLowerCase();
    await box.setChecked(/multiple|true/.test(label));
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
}

/** Arms the in-page timer: from the click's event time to the frame after the feedback first has text. */
async function armTimer(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __feedback: Promise<number> };
    w.__feedback = new Promise((resolve) => {
      const status = document.querySelector('[role="status"][aria-label="Feedback"]')!;
      let clickedAt = 0;
      document.addEventListener("click", (e) => void (clickedAt = e.timeStamp || performance.now()), {
        capture: true,
        once: true,
      });
      const seen = new MutationObserver(() => {
        if (!status.textContent?.trim()) return;
        seen.disconnect();
        // rAF runs before the paint; a task queued from it runs after that frame is on screen.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
      });
      seen.observe(status, { childList: true, subtree: true, characterData: true });
    });
  });
}

async function main() {
  if (
    !fs.existsSync(path.join(root, ".next/BUILD_ID")) &&
    spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env }).status !== 0
  )
    process.exit(1);
  const server = spawn(process.execPath, [next, "start", "-p", String(port)], { cwd: root, env, stdio: "ignore" });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const times: number[] = [];
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base);
    const page = await browser.newPage();
    if (cpu > 1) await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const url = base + quizPage();
    await page.goto(url);
    await startQuiz(page, url);
    while (times.length < n) {
      const group = page.getByRole("radiogroup");
      if (!(await group.isVisible())) {
        await startQuiz(page, url); // the quiz ended: a new one
        continue;
      }
      await group.getByRole("radio").first().check();
      await armTimer(page);
      await page.getByRole("button", { name: "Check" }).click();
      times.push(await page.evaluate(() => (window as unknown as { __feedback: Promise<number> }).__feedback));
      await page.getByRole("button", { name: /Next question|See results/ }).click();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const fmt = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `Answer → feedback on screen (Chromium${cpu > 1 ? `, CPU ${cpu}x slower` : ""}, ${times.length} answers): median ${fmt(median(times))}, p90 ${fmt(quantile(times, 0.9))}, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

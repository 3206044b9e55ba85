import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import deckJson from "../data/decks/london-defence-summit.deck.json";

/** The built-in deck as the app ships it; specs derive right and wrong answers from it. */
export type DeckQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices?: string[];
  items?: string[];
  evidence: { sentence: string; start: number };
};
export const deck = deckJson as unknown as { id: string; questions: DeckQuestion[] };
export const quizUrl = `/decks/${deck.id}/quiz`;

/** A review-log entry as the app saves it: the built-in deck's new card `questionId` graded Good at `at`. */
export const reviewLogEntry = (questionId: string, at: number) => ({
  id: `${deck.id}::${questionId}@${at}`,
  deckId: deck.id,
  questionId,
  rating: 3,
  state: 0,
  due: at,
  stability: 0,
  difficulty: 0,
  scheduledDays: 0,
  learningSteps: 0,
  review: at,
});

const typed = (q: DeckQuestion) => q.type === "cloze" || q.type === "numeric";

/** The question on screen, found by its prompt heading. */
export async function currentQuestion(page: Page): Promise<DeckQuestion> {
  const prompt = (await page.locator("h2[id^=prompt-]").textContent())?.trim();
  const q = deck.questions.find((x) => x.prompt === prompt);
  if (!q) throw new Error(`prompt not in the deck: ${prompt}`);
  return q;
}

function choicesOf(q: DeckQuestion): string[] {
  return q.choices ?? (q.type === "true-false" ? ["True", "False"] : []);
}

/** A wrong answer for `q` that the app must reject; null when there is none (a 1-item ordering). */
export function wrongAnswer(q: DeckQuestion): string | string[] | null {
  if (q.type === "ordering") {
    const rev = [...(q.items ?? [])].reverse();
    return rev.join() === q.items?.join() ? null : rev;
  }
  if (typed(q)) return "xylophone 987654321";
  return choicesOf(q).find((c) => c !== q.answer) ?? null;
}

export function rightAnswer(q: DeckQuestion): string | string[] {
  return q.type === "ordering" ? q.items! : q.answer;
}

/** Presses Tab until `target` has focus (keyboard only); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

/** Moves ordering items into `order` with the Move up buttons, by mouse or keyboard. */
async function reorder(page: Page, order: string[], keyboard: boolean) {
  for (let i = 0; i < order.length; i++) {
    const item = order[i]!;
    const texts = await page
      .getByRole("list")
      .filter({ has: page.getByRole("button", { name: /^Move/ }) })
      .locator("li")
      .allTextContents();
    const pos = texts.findIndex((t) => t.startsWith(item));
    for (let k = pos; k > i; k--) {
      const up = page.getByRole("button", { name: `Move “${item}” up` });
      if (keyboard) {
        await tabTo(page, up);
        await page.keyboard.press("Enter");
      } else await up.click();
    }
  }
}

/** Answers the question on screen by mouse: pick/type/reorder, then Check. */
export async function answerByMouse(page: Page, q: DeckQuestion, given: string | string[]) {
  await (await prepareAnswer(page, q, given)).click();
}

/** Puts `given` in by mouse without checking it; returns the button that checks it (for a click timed by the test). */
export async function prepareAnswer(page: Page, q: DeckQuestion, given: string | string[]): Promise<Locator> {
  if (q.type === "ordering") {
    await reorder(page, given as string[], false);
    return page.getByRole("button", { name: /^(Check|Save) order$/ });
  }
  if (typed(q)) await page.getByRole("textbox", { name: "Your answer" }).fill(given as string);
  else
    await page
      .getByRole("radiogroup", { name: q.prompt })
      .getByRole("radio", { name: given as string, exact: true })
      .check();
  return page.getByRole("button", { name: /^(Check|Save answer)$/ }); // practice or test mode
}

/** Answers the question on screen with the keyboard only. */
export async function answerByKeyboard(page: Page, q: DeckQuestion, given: string | string[]) {
  if (q.type === "ordering") {
    await reorder(page, given as string[], true);
    await tabTo(page, page.getByRole("button", { name: "Check order" }));
    await page.keyboard.press("Enter");
  } else if (typed(q)) {
    await tabTo(page, page.getByRole("textbox", { name: "Your answer" }));
    await page.keyboard.type(given as string);
    await page.keyboard.press("Enter");
  } else {
    const index = choicesOf(q).indexOf(given as string);
    await page.keyboard.press(String(index + 1));
    await expect(page.getByRole("radio", { name: given as string, exact: true })).toBeChecked();
    await page.keyboard.press("Enter");
  }
}

/** Reads "Question N of M". */
export async function position(page: Page): Promise<{ n: number; m: number }> {
  const text = await page.getByText(/^Question \d+ of \d+$/).textContent();
  const [, n, m] = /Question (\d+) of (\d+)/.exec(text ?? "")!;
  return { n: Number(n), m: Number(m) };
}

/** Opens the quiz page with empty storage and waits for the setup. */
export async function openFreshQuiz(page: Page) {
  await page.goto(quizUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
}

/** On the quiz setup: starts a quiz of five questions and answers each one right, to the results; returns how many. */
export async function takeShortQuizRight(page: Page): Promise<number> {
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    await answerByMouse(page, q, rightAnswer(q));
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  return m;
}

/**
 * In a started quiz: answers the first question that has a wrong answer to give wrongly (one before it with
 * none, a one-item ordering, is answered right and passed); returns the missed question.
 */
export async function missOneQuestion(page: Page): Promise<DeckQuestion> {
  let q = await currentQuestion(page);
  while (wrongAnswer(q) === null) {
    await answerByMouse(page, q, rightAnswer(q));
    await page.getByRole("button", { name: "Next question" }).click();
    q = await currentQuestion(page);
  }
  await answerByMouse(page, q, wrongAnswer(q)!);
  return q;
}

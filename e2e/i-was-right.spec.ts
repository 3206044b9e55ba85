import { test, expect, expectNoAxeViolations } from "./fixtures";
import { currentQuestion, openFreshQuiz, position, rightAnswer } from "./quiz-helpers";

// Issue 13 item 9: Quizlet's "I was right" for a typed answer marked wrong.

test("a typed answer marked wrong can be counted as right, once; the score, the results and the cards follow", async ({
  page,
}) => {
  await openFreshQuiz(page);
  // Typed questions only (fill in the blank and numbers).
  for (const type of ["Multiple choice", "True or false", "Who said it", "Put in order"]) {
    await page.getByRole("checkbox", { name: new RegExp(`^${type}`) }).uncheck();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    const box = page.getByRole("textbox", { name: "Your answer" });
    await expect(box).toBeFocused();
    // The first answer is wrong by the check, and the user says it was right; the others are right.
    await page.keyboard.type(i === 1 ? "xylophone" : (rightAnswer(q) as string));
    await page.keyboard.press("Enter");
    const feedback = page.getByRole("status", { name: "Feedback" });
    if (i === 1) {
      await expect(feedback).toContainText("Incorrect");
      const right = feedback.getByRole("button", { name: "I was right" });
      await expectNoAxeViolations(page);
      await right.click();
      await expect(feedback).toContainText("Counted as right — you said your answer was right");
      await expect(feedback).toContainText(`You answered: xylophone; the deck's answer is ${q.answer}`);
      // Once per question: the button is gone, and focus is on the way on.
      await expect(feedback.getByRole("button", { name: "I was right" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^(Next question|See results)$/ })).toBeFocused();
      // Kept across a reload.
      await page.reload();
      await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Counted as right");
    } else {
      await expect(feedback).toContainText("Correct");
      await expect(feedback.getByRole("button", { name: "I was right" })).toHaveCount(0);
    }
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Your answers" })).toContainText(
    "Correct (you said your answer was right)",
  );
  await expectNoAxeViolations(page);
  // The card the miss made due was taken back: nothing is due.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(page.getByRole("list", { name: "Cards to review" })).toContainText("0 due");
});

import type { Attempt } from "@/lib/schemas/quiz";
import { percent, scoreOf } from "@/lib/quiz/score";

/** The deck's last finished quiz, above the setup of a new one, with a way back to its results. */
export function LastResult({ attempt, onShow }: { attempt: Attempt; onShow: () => void }) {
  const score = scoreOf(attempt);
  return (
    <p className="row">
      <span>
        {attempt.retryOf ? "Your last retry of mistakes" : "Your last quiz on this deck"}: {score.correct} of{" "}
        {score.total} correct ({percent(score)}%).
      </span>
      <button type="button" className="button secondary" onClick={onShow}>
        See its results
      </button>
    </p>
  );
}

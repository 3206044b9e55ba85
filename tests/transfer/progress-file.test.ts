import { gradeCard } from "@/lib/srs/scheduler";
import { withUndoSteps } from "@/lib/srs/undo";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildProgressFile, progressFileName, serializeProgress } from "@/lib/transfer/export-progress";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { checkFileSize, MAX_PROGRESS_FILE_BYTES } from "@/lib/transfer/file-size";
import { mergeProgress, progressFromFile, type ProgressData } from "@/lib/transfer/merge-progress";
import { PROGRESS_FORMAT_VERSION } from "@/lib/schemas/progress-file";
import { applyGrade } from "@/lib/srs/review";
import { emptyCardsData } from "@/lib/srs/defaults";
import { emptyQuizData } from "@/lib/quiz/history";
import { compareProgress } from "@/lib/quiz/attempt";
import { beats } from "@/lib/quiz/score";
import { progressData } from "./arbitraries";

const NOW = Date.UTC(2025, 2, 3, 9, 0);

function sample(): ProgressData {
  const cards = applyGrade(
    applyGrade(emptyCardsData(), "deck-one", "q1", 3, NOW, gradeCard),
    "deck-one",
    "q2",
    1,
    NOW + 1000,
    gradeCard,
  );
  const quiz = {
    ...emptyQuizData(),
    attempts: [
      {
        id: "a1",
        deckId: "deck-one",
        mode: "practice" as const,
        seed: 7,
        questionIds: ["q1", "q2"],
        current: 1,
        shownAt: NOW,
        startedAt: NOW,
        finishedAt: NOW + 60_000,
        answers: [
          { questionId: "q1", type: "cloze" as const, given: "x", correct: false, ms: 900, at: NOW },
          { questionId: "q2", type: "numeric" as const, given: "2", correct: true, ms: 800, at: NOW + 1 },
        ],
      },
    ],
    best: { "deck-one": { correct: 1, total: 2, attemptId: "a1", at: NOW + 60_000 } },
  };
  return { quiz, cards: withUndoSteps(cards, []) };
}
const text = (p: ProgressData = sample()) => serializeProgress(buildProgressFile(p.quiz, p.cards, NOW));

function refused(input: string, pattern: RegExp) {
  const r = parseProgressFile(input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toMatch(pattern);
}

describe("progress export → import", () => {
  it("round-trips any valid progress exactly (property)", () => {
    fc.assert(
      fc.property(progressData, (p) => {
        const r = parseProgressFile(text(p));
        expect(r.ok).toBe(true);
        if (r.ok) expect(progressFromFile(r.file)).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });

  it("writes the format version the schema reads, and a dated file name", () => {
    expect(JSON.parse(text()).formatVersion).toBe(PROGRESS_FORMAT_VERSION);
    expect(progressFileName(NOW)).toBe("factdeck-progress-2025-03-03.json");
  });
});

describe("refused imports (each with a clear reason)", () => {
  it("empty", () => refused("  \n", /empty/));
  it("not JSON", () => refused("hello, world", /not valid JSON/));
  it("truncated", () => {
    const t = text();
    refused(t.slice(0, Math.floor(t.length / 2)), /truncated/);
    refused(t.slice(0, -1), /truncated/);
  });
  it("oversized (> 5 MB), by size before reading, and by text", () => {
    expect(checkFileSize(MAX_PROGRESS_FILE_BYTES + 1)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/too large/),
    });
    expect(checkFileSize(MAX_PROGRESS_FILE_BYTES)).toBeNull();
    refused(" ".repeat(MAX_PROGRESS_FILE_BYTES) + text(), /too large/);
  });
  it("a newer format version", () =>
    refused(
      text().replace(`"formatVersion": ${PROGRESS_FORMAT_VERSION}`, `"formatVersion": ${PROGRESS_FORMAT_VERSION + 1}`),
      /newer version/,
    ));
  it("another kind of JSON", () => {
    refused("[1,2]", /not a Factdeck progress file/);
    refused('{"app":"other"}', /not a Factdeck progress file/);
  });
  it("valid JSON failing the schema, saying where", () => {
    const bad = JSON.parse(text());
    bad.cards.cards[0].due = -5;
    refused(JSON.stringify(bad), /damaged at cards\.cards\.0\.due/);
  });
  it.each([
    ["at the top", (t: string) => t.replace("{", '{"__proto__": {"polluted": true},')],
    ["in a slice", (t: string) => t.replace('"quiz": {', '"quiz": {"__proto__": {"polluted": true},')],
    [
      "as a record key",
      (t: string) =>
        t.replace('"best": {', '"best": {"__proto__": {"correct": 1, "total": 1, "attemptId": "x", "at": 0},'),
    ],
    [
      "in an array item",
      (t: string) => t.replace(/"reviewLog": \[\s*\{/, '"reviewLog": [{"__proto__": {"polluted": true},'),
    ],
  ])("a __proto__ key %s, without polluting any prototype", (_where, inject) => {
    const withKey = inject(text());
    expect(withKey).toContain("__proto__");
    refused(withKey, /forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
  it("a valid file is accepted (the cases above fail for their reason only)", () => {
    expect(parseProgressFile(text()).ok).toBe(true);
  });
});

describe("merge by id", () => {
  it("keeps both sides' attempts, cards and reviews, ours where equal, and the better best", () => {
    const ours = sample();
    const theirsData: ProgressData = {
      quiz: {
        ...emptyQuizData(),
        attempts: [{ ...ours.quiz.attempts[0]!, id: "a2", finishedAt: NOW - 5 }],
        best: { "deck-one": { correct: 2, total: 2, attemptId: "a2", at: NOW - 5 } },
      },
      cards: applyGrade(emptyCardsData(), "deck-two", "q9", 4, NOW - 10, gradeCard),
    };
    const file = buildProgressFile(theirsData.quiz, theirsData.cards, NOW);
    const merged = mergeProgress(ours, file);
    expect(merged.quiz.attempts.map((a) => a.id)).toEqual(["a2", "a1"]);
    expect(merged.quiz.best["deck-one"]?.attemptId).toBe("a2");
    expect(Object.keys(merged.cards.cards).sort()).toEqual(["deck-one::q1", "deck-one::q2", "deck-two::q9"]);
    expect(merged.cards.reviewLog.map((e) => e.review)).toEqual([NOW - 10, NOW, NOW + 1000]);
    expect(merged.cards.settings).toEqual(ours.cards.settings);
  });

  it("is idempotent: merging our own export changes nothing", () => {
    fc.assert(
      fc.property(progressData, (p) => {
        const merged = mergeProgress(p, buildProgressFile(p.quiz, p.cards, NOW));
        expect(merged.cards).toEqual(p.cards);
        expect(new Set(merged.quiz.attempts.map((a) => a.id))).toEqual(new Set(p.quiz.attempts.map((a) => a.id)));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the copy of an attempt the quiz's own rule says got further, whichever side holds it", () => {
    const ours = sample();
    const a1 = ours.quiz.attempts[0]!;
    // Two finished copies with as many answers: the one whose last question was shown later got further
    // (though the other was finished later, which a fixed order of ties alone would have kept).
    const later = { ...a1, shownAt: a1.shownAt + 5000 };
    const finishedLater = { ...a1, finishedAt: a1.finishedAt! + 30_000 };
    expect(compareProgress(later, finishedLater)).toBeGreaterThan(0);
    for (const [mine, theirs] of [
      [finishedLater, later],
      [later, finishedLater],
    ] as const) {
      const merged = mergeProgress(
        { ...ours, quiz: { ...ours.quiz, attempts: [mine] } },
        buildProgressFile({ ...ours.quiz, attempts: [theirs] }, ours.cards, NOW),
      );
      expect(merged.quiz.attempts).toEqual([later]);
    }
  });

  it("keeps the better of two best scores by the quiz's own rule, whichever side holds it", () => {
    const ours = sample();
    const [x, y] = [
      { correct: 2, total: 3, attemptId: "a1", at: NOW },
      { correct: 4, total: 6, attemptId: "a9", at: NOW + 1 },
    ];
    expect(beats(y, x)).toBe(true); // as good a share, more questions
    for (const [mine, theirs] of [
      [x, y],
      [y, x],
    ] as const) {
      const merged = mergeProgress(
        { ...ours, quiz: { ...ours.quiz, best: { "deck-one": mine } } },
        buildProgressFile({ ...ours.quiz, best: { "deck-one": theirs } }, ours.cards, NOW),
      );
      expect(merged.quiz.best["deck-one"]).toEqual(y);
    }
  });

  it("prefers the copy of a card that was reviewed more", () => {
    const ours = sample();
    const theirs = applyGrade(ours.cards, "deck-one", "q1", 3, NOW + 600_000, gradeCard);
    const merged = mergeProgress(ours, buildProgressFile(ours.quiz, theirs, NOW));
    expect(merged.cards.cards["deck-one::q1"]).toEqual(theirs.cards["deck-one::q1"]);
    expect(merged.cards.cards["deck-one::q1"]).not.toEqual(ours.cards.cards["deck-one::q1"]);
  });
});

import type { Deck, Question } from "@/lib/schemas/deck";

/** A short English news text that passes the input checks (not any real article). */
export const englishArticle =
  "The city council of Harbourton voted on Tuesday to spend 12 million dollars on a new tram line. " +
  "Mayor Ellen Price said the line would carry more than 8,000 passengers a day when it opens in 2027. " +
  '"This is the biggest investment in our streets for a generation," Price told reporters after the vote. ' +
  "Opponents on the council argued that the money should have gone to repairing roads and bridges first. " +
  "Construction is due to start in the spring, and the first trams will be built at a factory in the north of the region.";

const sentence = "Mayor Ellen Price said the line would carry more than 8,000 passengers a day when it opens in 2027.";
const start = englishArticle.indexOf(sentence);
const evidence = { sentence, start, end: start + sentence.length };

export function question(over: Partial<Question> & Pick<Question, "id" | "type">): Question {
  return { prompt: "Who is the mayor?", answer: "Ellen Price", evidence, factId: "f1", ...over } as Question;
}

/** A small valid deck built on `englishArticle`. */
export function sampleDeck(id = "my-harbourton-tram-0001"): Deck {
  return {
    formatVersion: 1,
    generatorVersion: "test",
    id,
    article: {
      title: "Harbourton votes for a tram",
      source: "Test Gazette",
      publishedAt: "2026-11-24",
      text: englishArticle,
    },
    facts: [{ id: "f1", kind: "person", value: "Ellen Price", evidence }],
    questions: [
      question({ id: "q-mc", type: "multiple-choice", choices: ["Ellen Price", "John Reed", "Ana Lopez"] }),
      question({
        id: "q-tf",
        type: "true-false",
        prompt: "True or false: the line opens in 2027.",
        answer: "True",
        choices: ["True", "False"],
      }),
      question({
        id: "q-num",
        type: "numeric",
        prompt: "How many passengers a day?",
        answer: "8,000",
        numericValue: 8000,
        acceptedAnswers: ["8000"],
      }),
      question({
        id: "q-cloze",
        type: "cloze",
        prompt: "Mayor ____ said the line would carry …",
        answer: "Ellen Price",
        acceptedAnswers: ["Price"],
      }),
    ],
  };
}

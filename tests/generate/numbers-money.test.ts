import { describe, expect, it } from "vitest";
import { formatNumber, nearbyNumbers, numberForms, numberValue, parseScaled, withCommas } from "@/lib/generate/numbers";
import { findMoney, formatMoney, moneyForms } from "@/lib/generate/money";

describe("numbers", () => {
  it("parses digits, commas, decimals, words and scales", () => {
    expect(numberValue("5,000")).toBe(5000);
    expect(numberValue("a dozen")).toBe(12);
    expect(numberValue("Three")).toBe(3);
    expect(parseScaled("1.6", "billion")).toBe(1_600_000_000);
    expect(withCommas(1_600_000_000)).toBe("1,600,000,000");
    expect(formatNumber(2_260_000_000)).toBe("2.26 billion");
  });

  it("rejects what is not a number", () => {
    expect(numberValue("5,00")).toBeUndefined();
    expect(numberValue("many")).toBeUndefined();
    expect(parseScaled("1.6", "zillion")).toBeUndefined();
  });

  it("offers equivalent typed forms and nearby wrong values that never equal the answer", () => {
    expect(numberForms(1.6e9)).toEqual(expect.arrayContaining(["1.6 billion", "1,600,000,000", "1600000000", "1.6bn"]));
    for (const n of [1, 3, 12, 58, 5000, 1.6e9, 0.5]) {
      const near = nearbyNumbers(n);
      expect(near.length).toBeGreaterThanOrEqual(3);
      expect(near).not.toContain(n);
      expect(new Set(near).size).toBe(near.length);
    }
  });
});

describe("findMoney", () => {
  it("reads an amount with its conversion in brackets as one amount", () => {
    const [m, ...rest] = findMoney("allow Ukraine to use 1.6 billion pounds (2 billion U.S. dollars) of finance");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      text: "1.6 billion pounds",
      value: 1.6e9,
      currency: "GBP",
      conversion: { text: "2 billion U.S. dollars", value: 2e9, currency: "USD" },
    });
  });

  it("reads symbol amounts and leaves exchange rates and plain numbers alone", () => {
    expect(findMoney("a value of $4.6 billion for all")).toMatchObject([
      { text: "$4.6 billion", value: 4.6e9, currency: "USD" },
    ]);
    expect(findMoney("a loan worth £1.6bn")).toMatchObject([{ value: 1.6e9, currency: "GBP" }]);
    expect(findMoney("(1 pound = 1.26 U.S. dollar)")).toEqual([]);
    expect(findMoney("more than 5,000 missiles")).toEqual([]);
  });

  it("formats and accepts money the way the article writes it", () => {
    expect(formatMoney(3.2e9, "GBP", "1.6 billion pounds")).toBe("3.2 billion pounds");
    expect(formatMoney(2.3e9, "USD", "$4.6 billion")).toBe("$2.3 billion");
    const forms = moneyForms({ text: "1.6 billion pounds", value: 1.6e9, currency: "GBP" });
    expect(forms).toEqual(expect.arrayContaining(["1.6 billion", "1,600,000,000", "£1.6bn", "1.6 billion pounds"]));
  });
});

describe("prices in cents", () => {
  it("wrong prices are written with cents like the answer, so the format does not mark the answer out", () => {
    expect(formatMoney(54.3, "USD", "$54.30")).toBe("$54.30");
    expect(formatMoney(62, "USD", "$54.30")).toBe("$62.00");
    expect(formatMoney(62, "USD", "$62")).toBe("$62");
    expect(formatMoney(54.3, "USD", "$50")).toBe("$54.30");
    expect(formatMoney(2.4e9, "EUR", "€2.1 billion")).toBe("€2.4 billion");
  });
});

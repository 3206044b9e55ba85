/** Small built-in pools of same-type distractors, used only after the article's own values run out. */
export const COUNTRIES = [
  "Afghanistan", "Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Brazil", "Britain", "Canada",
  "Chile", "China", "Colombia", "Denmark", "Egypt", "England", "Ethiopia", "Finland", "France", "Germany",
  "Greece", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Kenya",
  "Malaysia", "Mexico", "Morocco", "Myanmar", "Netherlands", "New Zealand", "Nigeria", "North Korea", "Norway",
  "Pakistan", "Panama", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
  "Saudi Arabia", "Scotland", "Singapore", "South Africa", "South Korea", "Spain", "Sweden", "Switzerland",
  "Syria", "Thailand", "Tunisia", "Turkey", "Ukraine", "United Kingdom", "United States", "Vietnam", "Wales",
  "UK", "U.S.", "US", "Canada", "Hong Kong", "Taiwan", "Europe", "Asia", "Africa",
];
/** Well-known capitals first: they are the distractors drawn for a city (the rest only type names). */
export const CAPITALS = [
  "London", "Paris", "Berlin", "Brussels", "Washington", "Moscow", "Beijing", "Tokyo", "Rome", "Madrid", "Vienna",
  "Warsaw", "Ottawa", "Geneva",
];
export const CITIES = [
  ...CAPITALS, "New York", "Kyiv", "Sydney", "Delhi", "Cairo", "Nairobi", "Seoul", "Jakarta", "Bangkok", "Houston",
  "Chicago", "Los Angeles", "Amsterdam", "Stockholm", "Oslo", "Dublin",
];
export const ORGANIZATIONS = ["United Nations", "European Union", "NATO", "World Bank", "Red Cross", "World Health Organization"];
const COUNTRY_SET = new Set(COUNTRIES);
const CITY_SET = new Set(CITIES);

/** "country" / "city" when the name is in the built-in lists. */
export function knownPlace(name: string): "country" | "city" | undefined {
  return COUNTRY_SET.has(name) ? "country" : CITY_SET.has(name) ? "city" : undefined;
}

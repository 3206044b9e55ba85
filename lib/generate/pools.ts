/** Small built-in pools of same-type distractors, used only after the article's own values run out. */
export const COUNTRIES = [
  "Afghanistan",
  "Argentina",
  "Australia",
  "Austria",
  "Bangladesh",
  "Belgium",
  "Brazil",
  "Britain",
  "Canada",
  "Chile",
  "China",
  "Colombia",
  "Denmark",
  "Egypt",
  "England",
  "Ethiopia",
  "Finland",
  "France",
  "Germany",
  "Greece",
  "Hungary",
  "India",
  "Indonesia",
  "Iran",
  "Iraq",
  "Ireland",
  "Israel",
  "Italy",
  "Japan",
  "Kenya",
  "Malaysia",
  "Mexico",
  "Morocco",
  "Myanmar",
  "Netherlands",
  "New Zealand",
  "Nigeria",
  "North Korea",
  "Norway",
  "Pakistan",
  "Panama",
  "Peru",
  "Philippines",
  "Poland",
  "Portugal",
  "Qatar",
  "Romania",
  "Russia",
  "Saudi Arabia",
  "Scotland",
  "Singapore",
  "South Africa",
  "South Korea",
  "Spain",
  "Sweden",
  "Switzerland",
  "Syria",
  "Thailand",
  "Tunisia",
  "Turkey",
  "Ukraine",
  "United Kingdom",
  "United States",
  "Vietnam",
  "Wales",
  "UK",
  "U.S.",
  "US",
  "Canada",
  "Hong Kong",
  "Taiwan",
  "Europe",
  "Asia",
  "Africa",
];
/** Well-known capitals first: they are the distractors drawn for a city (the rest only type names). */
export const CAPITALS = [
  "London",
  "Paris",
  "Berlin",
  "Brussels",
  "Washington",
  "Moscow",
  "Beijing",
  "Tokyo",
  "Rome",
  "Madrid",
  "Vienna",
  "Warsaw",
  "Ottawa",
  "Geneva",
];
export const CITIES = [
  ...CAPITALS,
  "New York",
  "Kyiv",
  "Sydney",
  "Delhi",
  "Cairo",
  "Nairobi",
  "Seoul",
  "Jakarta",
  "Bangkok",
  "Houston",
  "Chicago",
  "Los Angeles",
  "Amsterdam",
  "Stockholm",
  "Oslo",
  "Dublin",
];
export const ORGANIZATIONS = [
  "United Nations",
  "European Union",
  "NATO",
  "World Bank",
  "Red Cross",
  "World Health Organization",
];
const COUNTRY_SET = new Set(COUNTRIES);
/** Names in the country pool that are not countries: never a distractor for one. */
export const CONTINENTS = new Set(["Europe", "Asia", "Africa"]);
const REGIONS: Record<string, string> = {};
for (const [region, names] of Object.entries({
  europe:
    "Austria Belgium Britain Denmark England Finland France Germany Greece Hungary Ireland Italy Netherlands Norway Poland Portugal Romania Russia Scotland Spain Sweden Switzerland Ukraine Wales UK United_Kingdom",
  asia: "Afghanistan Bangladesh China India Indonesia Japan Malaysia Myanmar North_Korea Pakistan Philippines Singapore South_Korea Thailand Vietnam Hong_Kong Taiwan",
  mideast: "Egypt Iran Iraq Israel Morocco Qatar Saudi_Arabia Syria Tunisia Turkey",
  africa: "Ethiopia Kenya Nigeria South_Africa",
  americas: "Argentina Brazil Canada Chile Colombia Mexico Panama Peru United_States U.S. US",
  oceania: "Australia New_Zealand",
}))
  for (const n of names.split(" ")) REGIONS[n.replace(/_/g, " ")] = region;

/** The world region of a country in the pool ("europe", "asia", ...), for distractors from the same part of the world. */
export function regionOf(country: string): string | undefined {
  return REGIONS[country];
}
const CITY_SET = new Set(CITIES);

/** "country" / "city" when the name is in the built-in lists. */
export function knownPlace(name: string): "country" | "city" | undefined {
  return COUNTRY_SET.has(name) ? "country" : CITY_SET.has(name) ? "city" : undefined;
}

/** States and regions written after a city ("Austin, Texas", "Livorno, Tuscany"): places, but neither countries nor cities. */
export const US_STATES = new Set(
  (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky " +
    "Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York_State " +
    "North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington_State " +
    "West_Virginia Wisconsin Wyoming Tuscany Lombardy Bavaria Ontario Quebec Queensland Victoria"
  )
    .split(" ")
    .map((w) => w.replace(/_/g, " ")),
);

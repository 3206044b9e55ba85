/** Capitalised words that make the words before a name a title ("Ukrainian Finance Minister"). */
export const TITLE_WORDS = new Set(
  (
    "President Minister Secretary Chancellor Governor Senator Mayor King Queen Prince Princess Pope Director " +
    "Chairman Chairwoman Chair Chief General Spokesman Spokeswoman Spokesperson Ambassador Commissioner Leader " +
    "Coach Captain Judge Premier Representative Envoy Officer Commander Admiral Colonel Lieutenant Sergeant " +
    "Editor Professor CEO Founder Manager Head Speaker Justice Attorney Executive Engineer Astronaut Pilot Specialist"
  ).split(" "),
);
/** Honorifics: they mark a person but are not a role worth asking about. */
export const HONORIFICS = new Set("Mr Mrs Ms Dr Sir Dame Lord Lady Rev Sheikh Professor Prof".split(" "));
/** Lowercase words right before a name that mark it as a person ("English captain Harry Kane"). */
export const ROLE_NOUNS = new Set(
  (
    "captain coach defender goalkeeper striker midfielder forward spokesman spokeswoman spokesperson director " +
    "minister president coauthor co-author author scientist professor chief leader councillor councilor " +
    "candidate politician pan-democrat lawyer official analyst referee general secretary chairman economist " +
    "researcher activist commander senator governor mayor veteran newcomer player manager founder teacher " +
    "doctor reporter journalist singer actor actress artist writer astronaut engineer ceo chancellor"
  ).split(" "),
);
/** Words that mark a name as an organisation. */
export const ORG_WORDS = new Set(
  (
    "Party Agency University College Institute Department Council Association Foundation Ministry Service " +
    "Services Center Centre Inc Corp Company Corporation Group Bank News Office Commission Committee Union " +
    "League Court Army Navy Force Forces Police Organization Organisation Society Authority Board Club Fund " +
    "Network Times Post Press Journal Administration Bureau Parliament Congress Senate Assembly Museum " +
    "School Hospital Airlines Industries Laboratory Labs Systems Machines Technologies FIFA NASA UN EU NATO " +
    "Ltd Plc LLC Co Securities Holdings Institutes Trust Hospice Charity Partners Conservatory Academy Gallery Library Observatory Program Programme Project"
  ).split(" "),
);
/** Last words that make a capitalised name a thing, not a person ("Darwin Medal", "Tyler Prize"). */
export const THING_WORDS = new Set(
  "Prize Prizes Medal Award Awards Trophy Cup Glacier Reef Bridge Street Avenue Road Stadium Arena Park".split(" "),
);
/** Verbs that introduce what someone said. */
export const SPEECH_VERBS =
  "said|says|told|tells|added|adds|noted|notes|stated|states|announced|announces|asked|explained|warned|insisted|declared|wrote|urged|reaffirmed|stressed|emphasized|emphasised|argued|claimed|commented|replied|remarked|continued";

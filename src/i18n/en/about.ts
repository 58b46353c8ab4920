import type { about as ko } from "../ko/about.ts";

/** Interface strings of /about/ (English): a missing key is a type error. */
export const about: Record<keyof typeof ko, string> = {
  title: "About",
  heading: "About this atlas",
  description:
    "How the Seoul Social Economy Atlas was made, how to read its units and dates, what social enterprises, village enterprises, cooperatives and self-sufficiency enterprises are, the special-zone programme, and the limits of the data.",
  lead: "The Seoul Social Economy Atlas compares Seoul's 25 districts (자치구) on social-economy budgets, enterprise counts and public purchasing, using the numbers printed in public documents. This page says how the numbers were transcribed and checked, and how to read the terms and units.",
  tocTitle: "On this page",

  methodTitle: "Method",
  methodTranscribe:
    "Each number is written down exactly as printed — commas, △, “-”, Korean number words such as “5억9천” and all — with its source document and the printed page (or, where the document prints no page numbers, the section heading).",
  methodNeverCorrect:
    "A printed number is never corrected, even where it looks wrong. Where the text extraction ran a table's columns together, the most plausible reading is taken and the reading is recorded in the fact's `note`. Cells that are not numbers (such as “운영계획 수립”, drawing up an operating plan) are not facts; they are mentioned in the note of a neighbouring row.",
  methodReconcile:
    "Then every printed total is compared with the sum of its printed parts, every printed rate with result ÷ target × 100, and every printed change with new − old. Where they don't add up, the printed number and the recomputed one are shown side by side.",
  methodReconcileLink: "See the reconciliation",
  methodPipeline:
    "Reading the transcribed CSV files, validating them, converting units, reconciling and aggregating are all done by scripts. The same input always gives the same output, and all of it can be downloaded.",
  methodDataLink: "Download the data",

  unitsTitle: "Units",
  unitsIntro:
    "The documents print money in different units. The atlas converts every amount to won (KRW) before adding or comparing, and keeps the printed value and unit beside it.",
  unitsCaption: "Money units and their value in won",
  unitsColUnit: "Printed unit",
  unitsColFactor: "One unit is",
  unitsColExample: "Example",
  unitsKoreanWords:
    "Large numbers written in Korean words are read too, such as “12억”, “5억9천” or “27억1200만”: “5억9천” is 5 억 and 9 천만, that is KRW {example}. A △ before a number marks a decrease (a negative number).",
  unitsOther:
    "Counts stay counts whatever word the table uses for them (개, 개소, 건, 회, 명, 업체: items, places, cases, times, persons, businesses); rates stay in %, floor areas in m². A difference between two rates is given in percentage points.",

  dashTitle: "“-” is not 0",
  dashBody:
    "A “-” in a Korean table means “none” or “not applicable”. Whether it means zero is not known, so it is kept apart from 0: in the CSV files the `value` column is empty and `value_printed` keeps the “-”. Only when a printed total is checked is a “-” part counted as nothing, and the check says so.",

  datesTitle: "Dates and periods",
  datesBody:
    "A period is recorded as precisely as it is printed: a year (2016), a month (2018-06), a day (2017-03-01), a multi-year total (2017/2020) or an open-ended period (2018-07/..). Enterprise counts are stocks at a reference date; budgets are for a fiscal year.",

  termsTitle: "Terms",
  termsIntro:
    "The legal definitions, in plain words. The Gangbuk-gu document's classification of social-economy organisations was used as a source too.",
  termsSource: "See",
  termSocialEnterprise: "Certified social enterprise (사회적기업, 인증사회적기업)",
  termSocialEnterpriseBody:
    "A business that pursues a social purpose — for example jobs or social services for vulnerable people — while trading, and that is certified by the Minister of Employment and Labor under the Social Enterprise Promotion Act (in force since 2007). The documents call it “인증사회적기업” (certified social enterprise) or just “사회적기업”.",
  termPreliminary: "Preliminary social enterprise (예비사회적기업)",
  termPreliminaryBody:
    "A business with a social purpose that does not yet meet every condition for certification. It is designated by a metropolitan government or a central ministry and supported towards certification. It is counted apart from certified social enterprises.",
  termVillage: "Village enterprise (마을기업)",
  termVillageBody:
    "A neighbourhood business run by residents that uses local resources to earn income, revive the community and give residents income and jobs. Village enterprises are designated by the Ministry of the Interior and Safety (formerly the Ministry of the Interior).",
  termCooperative: "Cooperative (협동조합): general (일반협동조합) and social (사회적협동조합)",
  termCooperativeBody:
    "Under the Framework Act on Cooperatives (in force since 2012), an enterprise whose members jointly buy, produce or sell goods or services to improve their lot and contribute to the community. A general cooperative is set up by notification; a social cooperative is a non-profit corporation, mainly serving the public interest (community benefit, services for vulnerable people), and needs the approval of the ministry concerned. Federations of cooperatives (일반협동조합연합회, 사회적협동조합연합회) are counted separately.",
  termSelfSufficiency: "Self-sufficiency enterprise (자활기업)",
  termSelfSufficiencyBody:
    "Under the National Basic Living Security Act, a business set up and run together by recipients of basic livelihood benefits and people just above that line (차상위계층), to give them a chance to start a business and a stable job on the way to self-reliance.",
  termOrganisation: "Social-economy enterprise or organisation (사회적경제기업, 사회적경제 조직)",
  termOrganisationBody:
    "The umbrella term for all of the above. Some documents print only a total of “social-economy organisations” without a split by type; those totals are kept apart from counts by type.",

  zoneTitle: "The social-economy special zone (사회적경제 특구)",
  zoneBody:
    "A Seoul city programme begun in 2014: districts are supported in designating an area where local problems are tackled the social-economy way. It goes in stages: a preparatory project (6 months), a main project (3 years), then the special zone.",
  zoneRounds: "Districts selected in each round",
  zoneRound: "{round}: {stage}, {period}",
  claimSources: "facts",
  stagePreparatory: "preparatory project",
  stageMain: "main project",
  zoneSource: "Source",

  whoTitle: "Who made this",
  whoBody:
    "This site is a project that puts the numbers of public administrative documents into a form citizens and journalists can use. It is not an official publication of Seoul Metropolitan Government or of any district office: the source of every number is always the original document. The code is published under MIT, the compiled data under CC BY 4.0.",
  whoCorrections:
    "If you find a number transcribed wrongly, please report it with its fact id (e.g. seongbuk-plan-2017-064). Corrections are made only in the CSV files of the `data/` folder and are recorded in the data changelog.",

  changelogLink: "See the data changelog",

  limitsTitle: "Limits",
  limitDates:
    "The documents are of many dates. Numbers of different dates are not a comparison at one moment.",
  limitScope:
    "What a “budget” covers differs from document to document: a division's whole budget, a whole master plan, one centre. Don't compare districts without reading the table captions.",
  limitExtraction:
    "The documents were read from extracted text in which some tables lost their grid. Every reading is recorded in a note, but a reading can be wrong.",
  limitNortheast:
    "The counts by type for Seoul as a whole and the four north-east districts (Seongbuk, Gangbuk, Nowon, Dobong) come from one table of the Seongbuk-gu master plan, at a single reference date.",
};

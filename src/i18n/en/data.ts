import type { data as ko } from "../ko/data.ts";

/** Interface strings of /data/ (English): a missing key is a type error. */
export const data: Record<keyof typeof ko, string> = {
  title: "Download the data",
  description:
    "Every dataset of the Seoul Social Economy Atlas: CSV files with their fields and row counts, the data package, a ZIP of everything, how to cite and the licences.",
  lead: "Every number on this site is in the CSV files below. Each file lists its fields, units and row count, and every row names its source document and page.",
  everythingTitle: "Everything at once",
  zipLink: "All files (ZIP)",
  zipNote: "Every CSV below, every Excel-friendly CSV and datapackage.json.",
  packageLink: "Data package description (datapackage.json)",
  packageNote:
    "Fields, types, units, sources and licence of every CSV, as a Frictionless Data Package.",
  csvNoteTitle: "Plain CSV and Excel-friendly CSV",
  csvNotePlain:
    "The plain CSV is exact: UTF-8, RFC 4180, CRLF line ends, and every printed value unchanged to the character. Use it when you read the data with a program (R, Python, a spreadsheet's import dialog).",
  csvNoteExcel:
    "The Excel-friendly CSV (in the `excel/` folder) starts with a byte-order mark (BOM) so that Excel shows Korean correctly when the file is double-clicked, and any text cell that starts with =, +, - or @ (which a spreadsheet could run as a formula) gets a leading apostrophe ('). Those few text cells therefore differ from the plain CSV by one character.",
  filesTitle: "The files",
  filesIntro: "{tables} tables and {charts} chart datasets, {files} files in all.",
  filesTableLabel: "Row count and download links of every file",
  tablesTitle: "Tables",
  chartsTitle: "Chart data (exactly the rows each chart draws)",
  colFile: "File",
  colRows: "Rows",
  colSize: "Size",
  colCsv: "UTF-8 CSV",
  colExcel: "Excel-friendly CSV",
  rowsCount: "{rows} rows",
  fieldsCount: "{fields} fields",
  fieldsSummary: "Show the {fields} fields",
  fieldsCaption: "Fields of {file}",
  fieldsSameAs: "As described for {file}:",
  fieldName: "Field",
  fieldType: "Type",
  fieldUnit: "Unit",
  fieldMeaning: "Meaning",
  typeString: "text",
  typeInteger: "integer",
  typeNumber: "number",
  typeBoolean: "true/false",
  typeDate: "date",
  unitKRW: "won (KRW)",
  unitCount: "count",
  unitPercent: "%",
  unitPersons: "persons",
  unitPer10k: "per 10,000 residents",
  unitSeeColumn: "in each row's `unit` column",
  downloadCsv: "Download CSV",
  downloadExcel: "Excel-friendly CSV",
  citeTitle: "How to cite",
  citeIntro:
    "When you use these data, name this site and the original document the number comes from. Every row gives its document and page in the `source_id` and `page` columns.",
  citeSiteTitle: "This site",
  citeVersionNote:
    "The data version is a hash of the content of facts.csv (the first 8 hex digits of its SHA-256). It changes whenever any fact changes, so a citation says exactly which data a number came from.",
  citeSourcesTitle: "The original documents",
  citeSourcesIntro:
    'Replace [page] with the `page` value of the row you cite: "p. 240" where the document prints page numbers, otherwise the section heading.',
  citeKo: "Korean",
  citeEn: "English",
  licenceTitle: "Licences",
  licenceData:
    "The data compiled here (the CSV files and datapackage.json) are free to use under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): credit this site and the original document.",
  licenceCode: "The site's code is under the MIT licence.",
  licenceSourcesIntro:
    "The original documents remain their publishers' works. The numbers transcribed from them are facts; what is known of each document's licence is below (the `licence_en` column of `sources.csv`; `licence_ko` in Korean).",
  licenceCcLink: "CC BY 4.0 licence text",
  changelogTitle: "Data changelog",
  changelogVersion: "Version {version}",
  changelogFacts: "Facts",
  changelogNoHistory:
    "The data does not record when each source was added, so this log says only what the current version holds. A corrected number says so in its fact's `note`, and the version changes whenever `facts.csv` does.",
  sourceLinkLabel: "See it on the sources page",
  filterLabel: "Find in the table",
  filterCount: "{shown} of {total} rows",
  apiTitle: "JSON API",
  apiIntro:
    "The same data as static JSON files, for programs. They change only when the data does, and every file carries the data version.",
  apiIndex:
    "The districts, the data files (CSV and workbook addresses, row counts), the data version and date.",
  apiDistrict:
    "One district ({districts} files, Seoul as a whole included): every fact (the facts.csv rows unchanged), the checks on them, its claims (when published) and its sources. For example:",
  apiSchema:
    "The JSON Schema of both files. Values and fields are those of the CSVs: numbers as numbers, empty cells as `null`.",
  addressTitle: "Sources without a known address",
  addressIntro:
    "We have not yet found a public address (URL) for these sources. Publisher, title and date are on each source's page.",
  addressNoReason: "reason not yet recorded",
  addressAllKnown: "Every source's address is known.",
};

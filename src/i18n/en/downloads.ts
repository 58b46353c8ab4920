import type { downloads as ko } from "../ko/downloads.ts";

/** Names of the workbook downloads (English). */
export const downloads: Record<keyof typeof ko, string> = {
  workbookAll: "Every table in one Excel workbook (XLSX)",
  workbookAllNote:
    "One sheet per table, numbers stored as numbers, headers in Korean and English, and a README sheet first that says what every column means.",
  workbookChart: "Excel workbook (XLSX)",
};

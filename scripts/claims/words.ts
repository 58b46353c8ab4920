/** The words claims put beside figures: source kinds and statuses, in both languages. */
import type { SourceKind } from "../../contract/enums.ts";

export const KIND_WORDS: Record<SourceKind, { ko: string; en: string }> = {
  "official-document": { ko: "공식 문서", en: "official document" },
  "official-statistic": { ko: "공식 통계", en: "official statistic" },
  "press-release": { ko: "보도자료", en: "press release" },
  "news-report": { ko: "언론 보도", en: "news report" },
  blog: { ko: "블로그", en: "blog" },
};

/** Funders as the budget sentences name them. */
export const FUNDER_WORDS: Record<string, { ko: string; en: string }> = {
  national: { ko: "국비", en: "national" },
  national_city: { ko: "국·시비", en: "national and city" },
  city: { ko: "시비", en: "city" },
  district: { ko: "구비", en: "district" },
  other: { ko: "기타", en: "other" },
};

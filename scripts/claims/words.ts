/** The words claims put beside figures: source kinds and statuses, in both languages. */
import type { SourceKind } from "../../contract/enums.ts";

export const KIND_WORDS: Record<SourceKind, { ko: string; en: string }> = {
  "official-document": { ko: "공식 문서", en: "official document" },
  "official-statistic": { ko: "공식 통계", en: "official statistic" },
  "press-release": { ko: "보도자료", en: "press release" },
  "news-report": { ko: "언론 보도", en: "news report" },
  blog: { ko: "블로그", en: "blog" },
};

import type { charts as ko } from "../ko/charts.ts";

/** Strings of a chart's figure: sharing, citing and embedding (English). */
export const charts: typeof ko = {
  shareTitle: "Share, cite, embed",
  linkToChart: "Link to this chart",
  shareLink: "Link",
  shareCitation: "Citation",
  shareEmbed: "Embed code",
  copy: "Copy",
  copied: "Copied",
  citation: (title, url, site) => `${site}, "${title}", ${url}`,
  embedHelp:
    "Copy this code into your page to show the chart with its source line. Its script fits the iframe's height to the chart (without it, the height fits a phone screen).",
  relativeUrls:
    "This site was built without SITE_URL, so these addresses are relative: put the site's address in front of them before pasting them into another site.",
};

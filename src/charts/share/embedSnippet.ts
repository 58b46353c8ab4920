/**
 * The code another site pastes to embed a chart: an iframe of the chart's
 * embed page, and the atlas's small script that fits the iframe's height to
 * what the embedded page reports. Without the script, the iframe keeps a
 * height that fits the phone layout of that chart.
 */

/** Everything on an embed page at 375 px besides the chart: title, takeaway, units, source, links (measured: 660–1,020 px). */
export const EMBED_CHROME_HEIGHT = 1040;

const escapeAttr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

/** The phone-layout height of an embed page: its narrow chart plus the text around it. */
export function fallbackHeight(narrowSvg: string): number {
  const h = Number(/\bheight="([\d.]+)"/.exec(narrowSvg)?.[1] ?? 600);
  return Math.ceil((h + EMBED_CHROME_HEIGHT) / 10) * 10;
}

export function embedSnippet(o: {
  embedUrl: string;
  scriptUrl: string;
  title: string;
  height: number;
}): string {
  return (
    `<iframe src="${escapeAttr(o.embedUrl)}" title="${escapeAttr(o.title)}" width="100%" height="${o.height}" ` +
    `style="border:0" loading="lazy" data-sea-embed></iframe>\n` +
    `<script src="${escapeAttr(o.scriptUrl)}" async></script>`
  );
}

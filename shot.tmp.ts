import { chromium } from "playwright-core";
import { serve } from "./scripts/serve.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./test/e2e/support/chromium.ts";
const routes = process.argv.slice(2);
const site = await serve({ root: "dist", base: "/", headersFile: true });
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const spec of routes) {
  const [route, w, full] = spec.split("@");
  const p = await b.newPage({ viewport: { width: Number(w), height: 900 } });
  await p.goto(site.url + route);
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  const name = `/tmp/shots/${(route || "home").replace(/\//g, "_")}-${w}.png`;
  if (full === "full") {
    for (let y = 0, i = 0; y < h && i < 8; y += 1800, i++) {
      const n = name.replace(".png", `-${i}.png`);
      await p.screenshot({ path: n, fullPage: true, clip: { x: 0, y, width: Number(w), height: Math.min(1800, h - y) } });
      console.log(n);
    }
  } else await p.screenshot({ path: name });
  console.log(name, "height", h);
  await p.close();
}
await b.close(); await site.close();

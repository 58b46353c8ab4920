/**
 * One built site served on loopback and one Chromium for every end-to-end
 * file: started once here, reached from each file through ./session.ts.
 * (Each file launching its own browser cost seconds a file on 2 cores.)
 */
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { serve, type RunningServer } from "../../../scripts/serve.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.ts";
import { DIST } from "./site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteOrigin: string;
    wsEndpoint: string;
  }
}

let site: RunningServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Pages are served with the headers a static host would send, strict CSP included.
  site = await serve({ root: DIST, base: process.env.BASE_PATH ?? "/", headersFile: true });
  browser = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide("siteUrl", site.url);
  project.provide("siteOrigin", site.origin);
  project.provide("wsEndpoint", browser.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await site?.close();
}

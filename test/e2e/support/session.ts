/** The shared browser and site of the end-to-end run (see ./globalSetup.ts). */
import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

/** The built site: its URL (with the base path) and origin. */
export function sharedSite(): { url: string; origin: string } {
  return { url: inject("siteUrl"), origin: inject("siteOrigin") };
}

/** A connection to the one Chromium of the run; close it (not the browser) in afterAll. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject("wsEndpoint"));
}

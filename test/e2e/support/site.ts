import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const DIST = "dist";

/** Every built HTML page, as a route relative to the base ("", "districts/seongbuk/", "404.html"). */
export function builtRoutes(dist = DIST): string[] {
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(
      `No built site in ${dist}/: run \`npm run build\` before the end-to-end tests.`,
    );
  }
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) {
        const rel = relative(dist, path).split(sep).join("/");
        routes.push(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(dist);
  return routes;
}

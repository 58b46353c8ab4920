// A small static file server for the built site: `npm start` uses it to show
// the site, and the end-to-end tests use it to serve `dist/` on loopback,
// under the same base path the site was built for.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".zip": "application/zip",
  ".woff2": "font/woff2",
};

export interface ServeOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** Extra headers for every response. */
  headers?: Record<string, string>;
  /** Apply the rules of `<root>/_headers` (Netlify / Cloudflare Pages format), as a static host would. */
  headersFile?: boolean;
}

type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** Parses a `_headers` file: a path pattern (with `*` splats) followed by indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers every matching rule gives a path; a header set by two rules is joined, as Netlify does. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers)
      out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

export interface RunningServer {
  server: Server;
  origin: string;
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const target = resolve(root, "." + normalize(pathname));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  try {
    const s = await stat(target);
    if (s.isFile()) return target;
    if (s.isDirectory()) {
      const index = join(target, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = (options.base ?? "/").replace(/\/?$/, "/");
  const host = options.host ?? "127.0.0.1";
  const rules = options.headersFile
    ? parseHeadersFile(await readFile(join(root, "_headers"), "utf8"))
    : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    const inBase = pathname.startsWith(base) || pathname + "/" === base;
    const file = inBase ? await resolveFile(root, "/" + pathname.slice(base.length)) : undefined;
    if (file && pathname.endsWith("/") === false && file.endsWith(`${sep}index.html`)) {
      res.writeHead(301, { Location: pathname + "/" + url.search }).end();
      return;
    }
    const headers = { ...headersFor(rules, pathname), ...options.headers };
    if (!file) {
      // English paths get the English 404 page, as a host configured for /en/ would serve.
      const english = inBase && pathname.slice(base.length).startsWith("en/");
      const notFound =
        (english ? await resolveFile(root, "/en/404.html") : undefined) ??
        (await resolveFile(root, "/404.html"));
      res.writeHead(404, { "Content-Type": MIME[".html"]!, ...headers });
      res.end(notFound ? await readFile(notFound) : "not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
      ...headers,
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, host, ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const origin = `http://${host}:${port}`;
  return {
    server,
    origin,
    url: origin + base,
    close: () => new Promise((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 4321);
  const running = await serve({
    root: "dist",
    base: process.env.BASE_PATH ?? "/",
    port,
    headersFile: true,
  });
  console.log(`Seoul Social Economy Atlas is being served at ${running.url}`);
  console.log("Press Ctrl+C to stop.");
}

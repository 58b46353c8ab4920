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
  /** Extra headers for every response (the tests use this to apply a CSP). */
  headers?: Record<string, string>;
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
    const headers = { ...options.headers };
    if (!file) {
      const notFound = await resolveFile(root, "/404.html");
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
  const running = await serve({ root: "dist", base: process.env.BASE_PATH ?? "/", port });
  console.log(`Seoul Social Economy Atlas is being served at ${running.url}`);
  console.log("Press Ctrl+C to stop.");
}

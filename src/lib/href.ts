/**
 * Every internal link goes through here, so a site published under a base
 * path (BASE_PATH=/atlas/) links to /atlas/… everywhere.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : base + "/";
  return prefix + path.replace(/^\/+/, "");
}

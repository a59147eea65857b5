import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo prospect sites (test/fixtures/sites), each served under its own host name. */
export const SITES_DIR = resolve(
  fileURLToPath(new URL('../../test/fixtures/sites', import.meta.url)),
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SiteServer {
  port: number;
  /** `http://www.tehnoprom.test:PORT` – the browser maps `*.test` to this server. */
  url: (host: string, path?: string) => string;
  close: () => Promise<void>;
  server: Server;
}

/** Picks the site directory for a Host header: `shop.tehnoprom.test:8080` → `tehnoprom`. */
export function siteForHost(
  hostHeader: string | undefined,
  sites: Record<string, string>,
  fallback: string,
): string {
  const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  const match = Object.keys(sites).find((domain) => host === domain || host.endsWith(`.${domain}`));
  return match ? sites[match]! : fallback;
}

export async function startSiteServer(port = 0, dir = SITES_DIR): Promise<SiteServer> {
  const sites = JSON.parse(await readFile(join(dir, 'sites.json'), 'utf8')) as Record<
    string,
    string
  >;
  const fallback = Object.values(sites)[0]!;
  const server = createServer((req, res) => {
    void (async () => {
      const site = siteForHost(req.headers.host, sites, fallback);
      const root = join(dir, site);
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      // Never serve anything outside the site's own folder.
      if (!file.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(await readFile(file));
      } catch {
        res
          .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    server,
    url: (host, path = '/') => `http://${host}:${actualPort}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

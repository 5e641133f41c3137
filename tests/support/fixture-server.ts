import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The demo and fixture pages at `/`, and the editor and UI-library packages they load at `/node_modules/`. */
export const DEFAULT_MOUNTS: Readonly<Record<string, string>> = {
  '/node_modules/': 'node_modules',
  // Element UI with its Vue 2, installed in a workspace of their own (tests/fixtures/element-ui).
  '/element-ui/node_modules/': 'tests/fixtures/element-ui/node_modules',
  '/generated/': '.tmp/pages',
  '/drafts/': 'tests/fixtures/drafts',
  '/': 'tests/fixtures/pages',
};

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves folders on 127.0.0.1 (never another interface), each under a URL prefix. Extra headers per path let
 * a spec serve a page under a strict CSP. Port 0 takes any free port; a taken port falls back to a free one.
 */
export async function startFixtureServer(
  options: {
    mounts?: Readonly<Record<string, string>>;
    headersFor?: (path: string) => Record<string, string>;
    port?: number;
  } = {},
): Promise<FixtureServer> {
  const mounts = Object.entries(options.mounts ?? DEFAULT_MOUNTS).map(([prefix, dir]) => ({
    prefix,
    root: resolve(dir),
  }));
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    const relative = mount ? path.slice(mount.prefix.length) : '';
    const file =
      mount &&
      normalize(join(mount.root, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative));
    const info =
      file && (file === mount.root || file.startsWith(mount.root + sep))
        ? await stat(file).catch(() => undefined)
        : undefined;
    if (!file || !info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headersFor?.(path),
    });
    createReadStream(file).pipe(response);
  });
  await listen(server, options.port ?? 0).catch(() => listen(server, 0));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    // A browser keeps its connections open for reuse: closing waits for none of them.
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Listens on `port`, or fails if it is taken. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
}

#!/usr/bin/env node
// A tiny static file server for the page and the tests (no dependencies).
//   node scripts/static-server.mjs [--root DIR] [--port 8080] [--host 127.0.0.1]
//                                  [--prefix /sub/path/] [--mount /pkg=pkg ...]
// Serves .wasm as application/wasm and sends no Content-Security-Policy or other
// policy headers, so the page's own <meta> CSP is what applies. `--prefix` serves
// everything under a sub-path (to test that the page works when not at /).
// Also importable: `const { url, close } = await startServer({ root, port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.ts': 'text/plain; charset=utf-8',
};

function normalisePrefix(prefix) {
  let p = prefix || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

// Find the file for a URL path: mounts first (longest first), then the root.
function locate(urlPath, root, mounts) {
  for (const [at, dir] of mounts) {
    if (urlPath === at.slice(0, -1) || urlPath.startsWith(at)) return inside(dir, urlPath.slice(at.length));
  }
  return inside(root, urlPath.slice(1));
}

function inside(dir, rel) {
  const path = resolve(dir, `.${sep}${rel}`);
  return path === dir || path.startsWith(dir + sep) ? path : null;
}

/** Start a server; resolves to { server, url, port, close() }. Port 0 picks a free port. */
export function startServer({ root = '.', port = 0, host = '127.0.0.1', prefix = '/', mounts = {}, quiet = true } = {}) {
  const base = normalisePrefix(prefix);
  const rootDir = resolve(root);
  const mountList = Object.entries(mounts)
    .map(([at, dir]) => [normalisePrefix(at), resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let file = locate(`/${pathname.slice(base.length)}`, rootDir, mountList);
    let stat = null;
    try {
      stat = file && statSync(file);
      if (stat && stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      stat = null;
    }
    if (!stat || !stat.isFile()) {
      if (!quiet) console.log(`404 ${pathname}`);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://${host}:${actual}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function parseArgs(argv) {
  const options = { root: '.', port: 8080, host: '127.0.0.1', prefix: '/', mounts: {}, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') options.root = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--prefix') options.prefix = value();
    else if (arg === '--mount') {
      const [at, dir] = value().split('=');
      options.mounts[at] = dir;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const { url } = await startServer(options);
  console.log(`Serving ${resolve(options.root)} at ${url}  (Ctrl-C to stop)`);
}

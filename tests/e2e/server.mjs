// A small static file server for the end-to-end tests: 127.0.0.1 on a free
// port, correct MIME types (application/wasm), an optional sub-path prefix,
// and no caching headers that could hide stale files. Usable from the command
// line too: node tests/e2e/server.mjs [dir] [--prefix /palimpsest/] [--port 8080]
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.ico': 'image/x-icon',
};

/** Serve `root` under `prefix` (e.g. '/palimpsest/'). Resolves to {url, port, close(), log}. */
export async function startServer({ root, prefix = '/', port = 0, host = '127.0.0.1' } = {}) {
  const base = path.resolve(root);
  const pre = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const log = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    log.push(url.pathname);
    if (url.pathname === pre.slice(0, -1)) { res.writeHead(301, { location: pre }); res.end(); return; }
    if (!url.pathname.startsWith(pre)) { res.writeHead(404); res.end('not found'); return; }
    let rel;
    try { rel = decodeURIComponent(url.pathname.slice(pre.length)); } catch { res.writeHead(400); res.end(); return; }
    let file = path.resolve(base, `./${rel}`);
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403); res.end(); return; }
    try {
      let info = await stat(file);
      if (info.isDirectory()) { file = path.join(file, 'index.html'); info = await stat(file); }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, host, resolve); });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}${pre}`,
    port: actual,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
  const prefix = opt('--prefix', '/');
  const port = Number(opt('--port', '8080'));
  const root = args[0] || 'dist';
  const s = await startServer({ root, prefix, port });
  console.log(`Serving ${root} at ${s.url}`);
}

// A tiny static server for the benchmark (no CDN: everything comes from this checkout).
//   /bench/…                    the benchmark page, built by Vite (bench/dist/)
//   /vendor/tfjs-backend-wasm/… TensorFlow.js's .wasm files (node_modules/@tensorflow/tfjs-backend-wasm/dist/)
//   /app/…                      the built page (dist/)
// Everything but /app/ is sent cross-origin isolated (COOP + COEP): performance.now() then
// has 5 µs resolution instead of 100 µs. /app/ is served like an ordinary static host.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUTES = [
  ['/bench/', join(root, 'bench/dist')],
  ['/app/', join(root, 'dist')],
  ['/vendor/tfjs-backend-wasm/', join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png',
};

/** Starts the server on 127.0.0.1:port (0 = any free port); resolves to {url, close()}. */
export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = ROUTES.find(([prefix]) => path.startsWith(prefix));
    let file = route && normalize(join(route[1], path.slice(route[0].length)));
    if (!route || !file.startsWith(route[1])) { res.writeHead(404).end(); return; }
    if (file.endsWith('/') || file === route[1]) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (route[0] !== '/app/') {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.argv[2] || 0));
  console.log(`benchmark page: ${url}/bench/`);
}

// A static server that puts dist/ under /course/ch2/playground/ (and a course page that embeds
// it under /course/ch2/host/) and sends the strict
// Content-Security-Policy that course platforms use. No 'unsafe-eval': the WebAssembly glue
// must work with 'wasm-unsafe-eval' alone.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] || 4174);
const root = fileURLToPath(new URL('../../dist/', import.meta.url));
const prefix = '/course/ch2/playground/';
// A course page of the same site that embeds the playground (tests/e2e/embedding.spec.js).
const hostPrefix = '/course/ch2/host/';
const hostRoot = fileURLToPath(new URL('./embed-host/', import.meta.url));
export const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.csv': 'text/csv', '.gz': 'application/gzip' };

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const inHost = path.startsWith(hostPrefix);
  if (!path.startsWith(prefix) && !inHost) { res.writeHead(404); res.end('not under ' + prefix); return; }
  let rel = normalize(path.slice((inHost ? hostPrefix : prefix).length));
  if (rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
  if (rel.startsWith('..')) { res.writeHead(403); res.end(); return; }
  try {
    const body = await readFile(join(inHost ? hostRoot : root, rel));
    res.writeHead(200, { 'Content-Type': types[extname(rel)] || 'application/octet-stream',
      'Content-Security-Policy': csp });
    res.end(body);
  } catch {
    res.writeHead(404); res.end('not found');
  }
}).listen(port, '127.0.0.1');

// @ts-check
// The production server: Next's request handler behind the permalink page cache (server/page-cache.mjs).
// Started by scripts/start.mjs with PORT and HOSTNAME; does what `next start` does otherwise.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { withPageCache } from './page-cache.mjs';
import { renderGateLimits, withRenderGate } from './render-gate.mjs';

process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const cacheMb = Number(process.env.FRAMELENS_PAGE_CACHE_MB ?? 64);
if (!Number.isFinite(cacheMb) || cacheMb < 0) {
  console.error('[framelens] FRAMELENS_PAGE_CACHE_MB must be a number of megabytes (0 turns the cache off)');
  process.exit(2);
}

/**
 * Permalinks: their HTML depends only on the URL and the build, because snapshots never change, and
 * rendering them is the dear part of serving. Other pages are cheap to render and go to Next each time.
 */
const PERMALINK = /^\/c\/[A-Za-z0-9_-]{1,64}$/;
const isCacheablePath = (/** @type {string} */ pathname) => PERMALINK.test(pathname);

const { default: next } = await import('next');
const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
let gateLimits;
try {
  gateLimits = renderGateLimits();
} catch (err) {
  console.error(`[framelens] ${err instanceof Error ? err.message : err}`);
  process.exit(2);
}
/** Page renders queue behind the gate; build assets and the API (which has its own admission gate) do not. */
const isPageRender = (/** @type {import('node:http').IncomingMessage} */ req) =>
  (req.method === 'GET' || req.method === 'HEAD') && !/^\/(_next|api)\//.test(req.url ?? '/');
const gated = withRenderGate((req, res) => handle(req, res), { ...gateLimits, isGated: isPageRender });
const cached = withPageCache(gated, {
  maxBytes: cacheMb * 1024 * 1024,
  isCacheablePath,
});

const server = createServer((req, res) => {
  Promise.resolve(cached(req, res)).catch((err) => {
    console.error('[framelens] request failed:', err);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    } else res.destroy();
  });
});
server.listen(port, hostname, () => {
  console.log(`[framelens] ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; end them after a grace period.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { renderGateLimits, withRenderGate } from '@/server/render-gate.mjs';

describe('withRenderGate on a real HTTP server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A handler that takes `ms` to answer and records how many run at once. */
  async function start(maxConcurrent: number, maxQueued: number, ms = 40) {
    const stats = { running: 0, peak: 0, served: 0 };
    const handle = async (_req: IncomingMessage, res: ServerResponse) => {
      stats.running++;
      stats.peak = Math.max(stats.peak, stats.running);
      await new Promise((r) => setTimeout(r, ms));
      stats.running--;
      stats.served++;
      res.end('ok');
    };
    const gated = withRenderGate(handle, {
      maxConcurrent,
      maxQueued,
      isGated: (req) => !req.url?.startsWith('/api/'),
    });
    server = createServer((req, res) => void gated(req, res));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats };
  }

  it('runs at most N renders at once and serves every request', async () => {
    const { base, stats } = await start(2, 100);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => fetch(`${base}/`).then((r) => r.text())),
    );
    expect(answers).toEqual(Array(12).fill('ok'));
    expect(stats.peak).toBe(2);
    expect(stats.served).toBe(12);
  });

  it('lets requests it does not gate through at once', async () => {
    const { base, stats } = await start(1, 100);
    await Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/api/x`).then((r) => r.text())));
    expect(stats.peak).toBe(6);
  });

  it('answers 503 with Retry-After once the queue is full', async () => {
    const { base } = await start(1, 2, 150);
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${base}/`).then(
          async (r) => [r.status, r.headers.get('retry-after'), await r.text()] as const,
        ),
      ),
    );
    expect(statuses.filter(([s]) => s === 200)).toHaveLength(3);
    const busy = statuses.filter(([s]) => s === 503);
    expect(busy).toHaveLength(3);
    for (const [, retry, text] of busy) {
      expect(retry).toBe('1');
      expect(text).toMatch(/busy/);
    }
  });

  it('frees the slot of a client that gave up while waiting', async () => {
    const { base, stats } = await start(1, 10, 100);
    const first = fetch(`${base}/`).then((r) => r.text());
    const controller = new AbortController();
    const abandoned = fetch(`${base}/`, { signal: controller.signal }).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(await abandoned).toBe('aborted');
    await first;
    expect(await fetch(`${base}/`).then((r) => r.text())).toBe('ok');
    expect(stats.served).toBe(2);
  });
});

describe('renderGateLimits', () => {
  it.each([
    [{}, 2],
    [{ FRAMELENS_MAX_RENDERS: '4' }, 4],
    [{ FRAMELENS_MAX_RENDERS: '0' }, 0],
  ])('%o -> %i renders at once', (env, n) => {
    expect(renderGateLimits(env).maxConcurrent).toBe(n);
  });

  it.each(['-1', '2.5', 'many'])('refuses FRAMELENS_MAX_RENDERS=%s with a clear message', (value) => {
    expect(() => renderGateLimits({ FRAMELENS_MAX_RENDERS: value })).toThrow(
      /FRAMELENS_MAX_RENDERS must be a whole number/,
    );
  });
});

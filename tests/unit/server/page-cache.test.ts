import { randomBytes } from 'node:crypto';
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptsGzip,
  ByteLru,
  cacheKeyOf,
  freshNonce,
  replayBody,
  replayGzip,
  replayHeaders,
  storableEntry,
  withPageCache,
} from '@/server/page-cache.mjs';

const permalinks = (p: string) => /^\/c\/[A-Za-z0-9_-]+$/.test(p);
const NONCE = 'AAAAAAAAAAAAAAAAAAAAAA==';
const policyFor = (n: string) => `default-src 'self'; script-src 'nonce-${n}' 'strict-dynamic'`;
const page = (n: string) =>
  `<html><script nonce="${n}">1</script><p>caf\u00e9 \u{1F600}</p><script nonce="${n}">2</script></html>`;

describe('cacheKeyOf', () => {
  it.each([
    ['a permalink', { method: 'GET', url: '/c/abc', headers: {} }, '/c/abc'],
    [
      'a permalink with its camp choices',
      { method: 'GET', url: '/c/abc?camp=x', headers: {} },
      '/c/abc?camp=x',
    ],
  ])('keys %s', (_, req, key) => {
    expect(cacheKeyOf(req, permalinks)).toBe(key);
  });

  it.each([
    ['a POST', { method: 'POST', url: '/c/abc', headers: {} }],
    ['a HEAD', { method: 'HEAD', url: '/c/abc', headers: {} }],
    ['another page', { method: 'GET', url: '/', headers: {} }],
    ['a sub-path', { method: 'GET', url: '/c/abc/opengraph-image', headers: {} }],
    ['an RSC fetch', { method: 'GET', url: '/c/abc', headers: { rsc: '1' } }],
    ['an RSC query', { method: 'GET', url: '/c/abc?_rsc=x1', headers: {} }],
    ['a router prefetch', { method: 'GET', url: '/c/abc', headers: { 'next-router-prefetch': '1' } }],
    [
      'a router state tree',
      { method: 'GET', url: '/c/abc', headers: { 'next-router-state-tree': '%5B%5D' } },
    ],
    ['a browser prefetch', { method: 'GET', url: '/c/abc', headers: { purpose: 'prefetch' } }],
    ['a server action', { method: 'GET', url: '/c/abc', headers: { 'next-action': 'x' } }],
    ['an authorised request', { method: 'GET', url: '/c/abc', headers: { authorization: 'Basic eA==' } }],
  ])('passes %s to Next', (_, req) => {
    expect(cacheKeyOf(req, permalinks)).toBeNull();
  });
});

describe('storableEntry', () => {
  const html = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policyFor(NONCE) };

  it('splits the page around its nonce and drops transfer headers', () => {
    const entry = storableEntry(
      200,
      { ...html, 'content-length': '10', date: 'x', 'x-frame-options': 'DENY' },
      Buffer.from(page(NONCE)),
    );
    expect(entry?.nonce).toBe(NONCE);
    expect(entry?.parts).toHaveLength(3);
    expect(Object.keys(entry?.headers ?? {}).sort()).toEqual([
      'content-security-policy',
      'content-type',
      'x-frame-options',
    ]);
  });

  it.each([
    ['a 404', 404, html, page(NONCE)],
    ['a redirect', 307, html, ''],
    ['JSON', 200, { ...html, 'content-type': 'application/json' }, page(NONCE)],
    ['a page that sets a cookie', 200, { ...html, 'set-cookie': ['a=b'] }, page(NONCE)],
    ['a compressed page', 200, { ...html, 'content-encoding': 'gzip' }, page(NONCE)],
    ['a page without a nonce policy', 200, { 'content-type': 'text/html' }, page(NONCE)],
    ['a page whose scripts lack the nonce', 200, html, '<html><script>1</script></html>'],
    ['an empty page', 200, html, ''],
  ])('refuses %s', (_, status, headers, body) => {
    expect(storableEntry(status, headers, Buffer.from(body))).toBeNull();
  });
});

describe('replay', () => {
  const entryOf = (html: string) => {
    const entry = storableEntry(
      200,
      { 'content-type': 'text/html', 'content-security-policy': policyFor(NONCE) },
      Buffer.from(html),
    );
    if (!entry) throw new Error('not stored');
    return entry;
  };

  it('puts the fresh nonce wherever the old one was, and changes nothing else', () => {
    const entry = entryOf(page(NONCE));
    const fresh = freshNonce();
    expect(replayBody(entry, fresh).toString('utf8')).toBe(page(fresh));
    expect(replayHeaders(entry, fresh)['content-security-policy']).toBe(policyFor(fresh));
  });

  it.each([
    ['a page', page(NONCE)],
    ['a page that starts and ends with the nonce', `${NONCE}<p>x</p>${NONCE}`],
    ['nonces side by side', `a${NONCE}${NONCE}b`],
    [
      'a large page',
      `<p>${'word '.repeat(60_000)}</p><script nonce="${NONCE}">${'\u00e9\u{1F600}'.repeat(5_000)}</script>`,
    ],
    [
      'random bytes',
      `${randomBytes(50_000).toString('latin1')}${NONCE}${randomBytes(70_000).toString('base64')}`,
    ],
  ])('splices the nonce into the stored gzip stream of %s: it decodes to the plain replay', (_, html) => {
    const entry = entryOf(html);
    for (let i = 0; i < 3; i++) {
      const fresh = freshNonce();
      const gz = replayGzip(entry, fresh);
      expect(gunzipSync(gz).equals(replayBody(entry, fresh))).toBe(true);
      expect(gz.length).toBeLessThan(replayBody(entry, fresh).length + 200);
    }
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['gzip', true],
    ['GZIP;q=0.5', true],
    ['*', true],
    ['br', false],
    ['gzip;q=0, br', false],
    ['identity', false],
    [undefined, false],
    ['', false],
  ])('%s -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('ByteLru', () => {
  it('evicts the least recently used entries beyond its byte limit', () => {
    const lru = new ByteLru(100);
    lru.set('a', { bytes: 40 });
    lru.set('b', { bytes: 40 });
    lru.get('a');
    lru.set('c', { bytes: 40 });
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it('never stores an entry larger than the whole cache', () => {
    const lru = new ByteLru(10);
    lru.set('big', { bytes: 11 });
    expect(lru.size).toBe(0);
  });
});

describe('withPageCache on a real HTTP server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A handler that renders like Next: a fresh nonce per render, streamed in chunks. */
  async function start(options: { maxBytes?: number; status?: number; delayMs?: number } = {}) {
    const renders: string[] = [];
    const handle = async (req: IncomingMessage, res: ServerResponse) => {
      const nonce = randomBytes(16).toString('base64');
      renders.push(req.url ?? '');
      await new Promise((r) => setTimeout(r, options.delayMs ?? 0));
      res.statusCode = options.status ?? 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', policyFor(nonce));
      res.setHeader('x-accept-encoding-seen', String(req.headers['accept-encoding'] ?? ''));
      const html = page(nonce) + (req.url ?? '');
      res.write(html.slice(0, 20));
      res.write(Buffer.from(html.slice(20, 40)));
      res.end(html.slice(40));
    };
    const cached = withPageCache(handle, { maxBytes: options.maxBytes ?? 1e6, isCacheablePath: permalinks });
    server = createServer((req, res) => void cached(req, res));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { base: `http://127.0.0.1:${port}`, renders };
  }

  const nonceOf = (res: Response) =>
    /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

  it('renders once, then replays the page with a fresh nonce in body and header', async () => {
    const { base, renders } = await start();
    const first = await fetch(`${base}/c/abc`, { headers: { 'accept-encoding': 'identity' } });
    const firstBody = await first.text();
    const second = await fetch(`${base}/c/abc`, { headers: { 'accept-encoding': 'identity' } });
    const secondBody = await second.text();
    expect(first.headers.get('x-page-cache')).toBe('miss');
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(renders).toEqual(['/c/abc']);
    const [n1, n2] = [nonceOf(first), nonceOf(second)];
    expect(n1).toBeTruthy();
    expect(n2).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(n2).not.toBe(n1);
    expect(secondBody).toBe(`${page(n2 ?? '')}/c/abc`);
    expect(firstBody).toBe(`${page(n1 ?? '')}/c/abc`);
  });

  it('asks the renderer for plain text on a miss, and sends hits gzipped when the client accepts it', async () => {
    const { base } = await start();
    const miss = await fetch(`${base}/c/abc`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(miss.headers.get('x-accept-encoding-seen')).toBe('');
    await miss.text();
    for (const accept of ['gzip, br', 'br', '']) {
      const res = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        // fetch decodes bodies itself; read the raw bytes to check what was sent.
        get(`${base}/c/abc`, { headers: { 'accept-encoding': accept } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c) => chunks.push(c));
          r.on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
      const gzipped = accept.includes('gzip');
      expect(res.headers['content-encoding']).toBe(gzipped ? 'gzip' : undefined);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      const nonce = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1] ?? '';
      const text = (gzipped ? gunzipSync(res.body) : res.body).toString('utf8');
      expect(text).toBe(`${page(nonce)}/c/abc`);
    }
  });

  it('keys by query, and leaves other pages, RSC fetches and failures to the renderer', async () => {
    const { base, renders } = await start();
    for (const path of ['/c/abc', '/c/abc?camp=1', '/', '/', '/c/abc', '/c/abc?camp=1'])
      await (await fetch(base + path)).text();
    await (await fetch(`${base}/c/abc`, { headers: { rsc: '1' } })).text();
    expect(renders).toEqual(['/c/abc', '/c/abc?camp=1', '/', '/', '/c/abc']);
  });

  it('never stores an error page', async () => {
    const { base, renders } = await start({ status: 404 });
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/c/nope`)).status).toBe(404);
    expect(renders).toHaveLength(3);
  });

  it('makes concurrent first requests for one page wait for a single render', async () => {
    const { base, renders } = await start({ delayMs: 100 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${base}/c/abc`).then((r) => r.text())),
    );
    expect(renders).toHaveLength(1);
    expect(new Set(answers).size).toBe(10); // ten different nonces, one render
  });

  it('with no room (0 bytes) renders every time', async () => {
    const { base, renders } = await start({ maxBytes: 0 });
    for (let i = 0; i < 3; i++) await (await fetch(`${base}/c/abc`)).text();
    expect(renders).toHaveLength(3);
  });
});

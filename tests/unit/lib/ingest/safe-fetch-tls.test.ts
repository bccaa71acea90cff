import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFetch } from '@/lib/ingest/safe-fetch';
import { fixture } from './fixture-server';

// An HTTPS fixture on 127.0.0.1 with a test-only self-signed certificate for news.test. The name is
// "resolved" by a table to 127.0.0.1, so the test shows that the socket goes to the pinned address while
// SNI, certificate checks and the Host header all use the original name.
const TLS = new URL('../../../fixtures/ingest/tls/', import.meta.url);
const cert = readFileSync(new URL('news-test.cert.pem', TLS), 'utf8');
const key = readFileSync(new URL('news-test.key.pem', TLS), 'utf8');

let server: https.Server;
let port = 0;
const seen: { servername: string | false | null; host: string }[] = [];
const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];

beforeAll(async () => {
  server = https.createServer({ cert, key }, (req, res) => {
    seen.push({ servername: (req.socket as TLSSocket).servername, host: req.headers.host ?? '' });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fixture('news-article.html'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('safeFetch over https', () => {
  it('connects to the pinned address but keeps SNI, certificate name and Host as the original host', async () => {
    const page = await safeFetch(`https://news.test:${port}/article`, {
      allow: [`news.test:${port}`],
      resolve,
      ca: cert,
    });
    expect(page.text).toContain('Harbour town votes');
    expect(seen.at(-1)).toEqual({ servername: 'news.test', host: `news.test:${port}` });
  });

  it('keeps certificate verification on: an untrusted certificate is refused', async () => {
    await expect(
      safeFetch(`https://news.test:${port}/article`, { allow: [`news.test:${port}`], resolve }),
    ).rejects.toMatchObject({ code: 'upstream_status', cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
  });

  it('checks the certificate against the name in the address, not the address connected to', async () => {
    await expect(
      safeFetch(`https://other.test:${port}/article`, { allow: [`other.test:${port}`], resolve, ca: cert }),
    ).rejects.toMatchObject({ code: 'upstream_status', cause: { code: 'ERR_TLS_CERT_ALTNAME_INVALID' } });
  });
});

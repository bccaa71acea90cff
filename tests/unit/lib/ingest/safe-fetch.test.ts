import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { type SafeFetchOptions, safeFetch } from '@/lib/ingest/safe-fetch';
import {
  type FixtureSite,
  type ForbiddenListener,
  startFixtureSite,
  startForbiddenListener,
} from './fixture-server';

// Live tests against loopback only: the fixture site is allowlisted, the forbidden listener never is.
let site: FixtureSite;
let forbidden: ForbiddenListener;
let allow: string[];

beforeAll(async () => {
  site = await startFixtureSite();
  forbidden = await startForbiddenListener();
  allow = [`127.0.0.1:${site.port}`];
});

afterAll(async () => {
  await site.close();
  await forbidden.close();
});

afterEach(() => {
  // Whatever a test did, nothing may ever have reached the forbidden port.
  expect(forbidden.connections()).toBe(0);
});

async function refusal(url: string, options: SafeFetchOptions = {}): Promise<AppError> {
  try {
    await safeFetch(url, { allow, ...options });
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('safeFetch on allowlisted loopback', () => {
  it('fetches an HTML page and reports its type and final address', async () => {
    const page = await safeFetch(`${site.origin}/article`, { allow });
    expect(page.mediaType).toBe('text/html');
    expect(page.url).toBe(`${site.origin}/article`);
    expect(page.text).toContain('Harbour town votes to close quay');
  });

  it('decompresses gzip', async () => {
    const page = await safeFetch(`${site.origin}/article-gzip`, { allow });
    expect(page.text).toContain('Harbour town votes to close quay');
  });

  it('decodes a windows-1252 page whose charset is only in a <meta>', async () => {
    const page = await safeFetch(`${site.origin}/blog`, { allow });
    expect(page.text).toContain('Our café host, Renée');
  });

  it('accepts application/xhtml+xml and text/plain', async () => {
    expect((await safeFetch(`${site.origin}/article.xhtml`, { allow })).mediaType).toBe(
      'application/xhtml+xml',
    );
    expect((await safeFetch(`${site.origin}/plain`, { allow })).mediaType).toBe('text/plain');
  });

  it('follows up to three redirects, each vetted, and reports where it landed', async () => {
    const page = await safeFetch(`${site.origin}/hops/2`, { allow });
    expect(page.url).toBe(`${site.origin}/article`);
  });

  it('reads FRAMELENS_IMPORT_ALLOW at call time, not import time', async () => {
    const before = process.env.FRAMELENS_IMPORT_ALLOW;
    try {
      delete process.env.FRAMELENS_IMPORT_ALLOW;
      expect((await refusal(`${site.origin}/article`, { allow: undefined })).code).toBe('blocked_address');
      process.env.FRAMELENS_IMPORT_ALLOW = `example.invalid:1, 127.0.0.1:${site.port}`;
      expect((await safeFetch(`${site.origin}/article`)).mediaType).toBe('text/html');
    } finally {
      if (before === undefined) delete process.env.FRAMELENS_IMPORT_ALLOW;
      else process.env.FRAMELENS_IMPORT_ALLOW = before;
    }
  });

  it('connects to the address it vetted, with one lookup, keeping the original Host', async () => {
    let lookups = 0;
    const page = await safeFetch(`http://news.test:${site.port}/article`, {
      allow: [`news.test:${site.port}`],
      // A rebinding resolver: the first answer passes, any later one points elsewhere (127.0.0.2 has no server).
      resolve: async () => [{ address: lookups++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }],
    });
    expect(page.text).toContain('Harbour town');
    expect(lookups).toBe(1);
    expect(site.hosts.at(-1)).toBe(`news.test:${site.port}`);
  });
});

describe('safeFetch refuses hostile addresses without connecting', () => {
  const hostile = (): ReadonlyArray<readonly [string, string, RegExp?]> => {
    const f = forbidden.port;
    return [
      ['localhost on the forbidden port', `http://localhost:${f}/`],
      ['[::1]', `http://[::1]:${f}/`, /loopback/],
      ['[::ffff:127.0.0.1]', `http://[::ffff:127.0.0.1]:${f}/`, /IPv4-mapped/],
      ['decimal 2130706433', `http://2130706433:${f}/`, /loopback/],
      ['octal 017700000001', `http://017700000001:${f}/`, /loopback/],
      ['hex 0x7f000001', `http://0x7f000001:${f}/`, /loopback/],
      ['hex short 0x7f.1', `http://0x7f.1:${f}/`, /loopback/],
      ['short 127.1', `http://127.1:${f}/`, /loopback/],
      ['plain 127.0.0.1', `http://127.0.0.1:${f}/`, /loopback/],
      ['0.0.0.0 (reaches the local host on Linux)', `http://0.0.0.0:${f}/`, /unspecified/],
      ['a redirect to a non-allowlisted loopback port', `${site.origin}/redirect?to=http://127.0.0.1:${f}/`],
      ['a redirect to localhost', `${site.origin}/redirect?to=http://localhost:${f}/x`],
      ['a redirect to [::1]', `${site.origin}/redirect?to=http://[::1]:${f}/`],
      ['a redirect to decimal loopback', `${site.origin}/redirect?to=http://2130706433:${f}/`],
    ];
  };

  it('refuses every loopback spelling and redirect with blocked_address', async () => {
    for (const [name, url, message] of hostile()) {
      const err = await refusal(url);
      expect(err.code, name).toBe('blocked_address');
      expect(err.status, name).toBe(403);
      if (message) expect(err.message, name).toMatch(message);
    }
    expect(forbidden.connections()).toBe(0);
  });

  it('refuses localhost on port 80 after looking it up', async () => {
    const err = await refusal('http://localhost/');
    expect(err.code).toBe('blocked_address');
    expect(err.message).toMatch(/loopback/);
  });

  it('refuses the same fixture under a name the allowlist does not list', async () => {
    const before = site.connections();
    expect((await refusal(`http://localhost:${site.port}/article`)).code).toBe('blocked_address');
    expect((await refusal(`http://[::ffff:127.0.0.1]:${site.port}/article`)).code).toBe('blocked_address');
    expect(site.connections()).toBe(before);
  });

  it('refuses other schemes and credentials with bad_url', async () => {
    const f = forbidden.port;
    for (const url of [
      'file:///etc/passwd',
      `gopher://127.0.0.1:${f}/_GET%20/`,
      `ftp://127.0.0.1:${f}/`,
      'javascript:alert(1)',
      'not a url',
      `http://user:secret@127.0.0.1:${site.port}/article`,
      `http://:secret@127.0.0.1:${site.port}/article`,
    ]) {
      expect((await refusal(url)).code, url).toBe('bad_url');
    }
  });

  it('refuses a redirect to a file: address', async () => {
    expect((await refusal(`${site.origin}/redirect?to=file:///etc/passwd`)).code).toBe('bad_url');
  });

  it('refuses a fourth redirect', async () => {
    const err = await refusal(`${site.origin}/hops/3`);
    expect(err.code).toBe('upstream_status');
    expect(err.message).toMatch(/redirected more than 3 times/);
  });
});

describe('safeFetch caps type, size and time', () => {
  it('refuses an image and a response without a type with not_html', async () => {
    expect((await refusal(`${site.origin}/image`)).code).toBe('not_html');
    expect((await refusal(`${site.origin}/no-type`)).code).toBe('not_html');
  });

  it('stops reading an oversized body with too_large', async () => {
    const err = await refusal(`${site.origin}/big`);
    expect(err.code).toBe('too_large');
    expect(err.status).toBe(413);
  });

  it('refuses a declared oversized body before reading it', async () => {
    expect((await refusal(`${site.origin}/big-declared`)).code).toBe('too_large');
  });

  it('stops inflating a gzip bomb at the cap', async () => {
    expect((await refusal(`${site.origin}/bomb`)).code).toBe('too_large');
  });

  it('gives up on a body that stalls, with timeout', async () => {
    const err = await refusal(`${site.origin}/slow`, { timeoutMs: 300 });
    expect(err.code).toBe('timeout');
    expect(err.status).toBe(504);
  });

  it('gives up on a server that never answers, with timeout', async () => {
    expect((await refusal(`${site.origin}/slow-headers`, { timeoutMs: 300 })).code).toBe('timeout');
  });

  it('reports an error status and a redirect without Location as upstream_status', async () => {
    expect((await refusal(`${site.origin}/missing`)).code).toBe('upstream_status');
    expect((await refusal(`${site.origin}/redirect-no-location`)).code).toBe('upstream_status');
  });
});

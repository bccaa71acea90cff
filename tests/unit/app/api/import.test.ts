import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/import/route';
import { rateLimitPerMinute } from '@/lib/limits';
import { resetRateLimits } from '@/lib/rate-limit';
import {
  type FixtureSite,
  type ForbiddenListener,
  startFixtureSite,
  startForbiddenListener,
} from '../../lib/ingest/fixture-server';

// The real route handler with real Requests, against the loopback fixture site only.
let site: FixtureSite;
let forbidden: ForbiddenListener;
let allowBefore: string | undefined;

beforeAll(async () => {
  site = await startFixtureSite();
  forbidden = await startForbiddenListener();
  allowBefore = process.env.FRAMELENS_IMPORT_ALLOW;
  // Set after the route module was imported: the allowlist must be read per request.
  process.env.FRAMELENS_IMPORT_ALLOW = `127.0.0.1:${site.port}`;
});
afterAll(async () => {
  if (allowBefore === undefined) delete process.env.FRAMELENS_IMPORT_ALLOW;
  else process.env.FRAMELENS_IMPORT_ALLOW = allowBefore;
  await site.close();
  await forbidden.close();
});
beforeEach(() => resetRateLimits());

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    }),
  );

describe('POST /api/import', () => {
  it('returns {title, outlet, date, url, text} for a fixture article', async () => {
    const res = await post(JSON.stringify({ url: `${site.origin}/article` }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['date', 'outlet', 'text', 'title', 'url']);
    expect(body).toMatchObject({
      title: 'Harbour town votes to close quay to cars after flooding',
      outlet: 'The Coastal Ledger',
      date: '2026-03-14',
      url: `${site.origin}/article`,
    });
    expect(body.text).toMatch(/^The town council of Westerhaven/);
  });

  it.each([
    [
      'a loopback port that is not allowlisted',
      () => `http://127.0.0.1:${forbidden.port}/`,
      403,
      'blocked_address',
    ],
    [
      'a redirect to it',
      () => `${site.origin}/redirect?to=http://[::1]:${forbidden.port}/`,
      403,
      'blocked_address',
    ],
    ['a file: address', () => 'file:///etc/passwd', 400, 'bad_url'],
    ['an image', () => `${site.origin}/image`, 415, 'not_html'],
    ['a gzip bomb', () => `${site.origin}/bomb`, 413, 'too_large'],
    ['a page of links', () => `${site.origin}/section`, 422, 'no_article_found'],
    ['a 404', () => `${site.origin}/missing`, 502, 'upstream_status'],
  ])('refuses %s with a JSON error', async (_, url, status, code) => {
    const res = await post(JSON.stringify({ url: url() }));
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(forbidden.connections()).toBe(0);
  });

  it.each([
    ['no url', '{}', {}, 400, 'bad_url'],
    ['a url that is not a string', '{"url": 42}', {}, 400, 'bad_url'],
    ['broken JSON', '{"url": ', {}, 400, 'invalid_json'],
    [
      'a form post',
      'url=x',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
      'unsupported_media_type',
    ],
    ['a huge body', JSON.stringify({ url: 'x'.repeat(20_000) }), {}, 413, 'too_large'],
  ])('answers %s with %i %s, never 500', async (_, body, headers, status, code) => {
    const res = await post(body, headers);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it('is rate limited per client, tighter than analyse', async () => {
    const limit = rateLimitPerMinute('import');
    expect(limit).toBeLessThan(rateLimitPerMinute('analyze'));
    process.env.FRAMELENS_TRUSTED_PROXY_HOPS = '1'; // clients told apart by the address our proxy saw
    try {
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      for (let i = 0; i < limit; i++) expect((await post('{}', headers)).status).toBe(400);
      const refused = await post('{}', headers);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).error.code).toBe('rate_limited');
      // Another client is unaffected.
      expect((await post('{}', { 'x-forwarded-for': '203.0.113.10' })).status).toBe(400);
    } finally {
      delete process.env.FRAMELENS_TRUSTED_PROXY_HOPS;
    }
  });
});

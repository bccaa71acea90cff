import { afterEach, describe, expect, it } from 'vitest';
import { clientKey, rateLimit, resetRateLimits, takeToken } from '@/lib/rate-limit';

const req = (xff?: string) =>
  new Request('http://127.0.0.1/api/analyze', {
    method: 'POST',
    headers: xff ? { 'x-forwarded-for': xff } : {},
  });

describe('clientKey', () => {
  it.each([
    // [header, trusted hops, expected key]
    [undefined, 0, 'local'],
    ['203.0.113.9', 0, 'local'], // no trusted proxy: a forged header changes nothing
    ['203.0.113.9', 1, '203.0.113.9'],
    ['198.51.100.1, 203.0.113.9', 1, '203.0.113.9'], // the leftmost entry is the client's own claim
    ['198.51.100.1, 203.0.113.9, 192.0.2.7', 2, '203.0.113.9'],
    ['203.0.113.9', 3, '203.0.113.9'], // fewer hops than configured: the oldest entry
    [undefined, 1, 'local'],
  ] as const)('%s with %i trusted hops -> %s', (xff, hops, expected) => {
    expect(clientKey(req(xff), hops)).toBe(expected);
  });
});

describe('takeToken', () => {
  afterEach(() => resetRateLimits());

  it('allows a full bucket, then asks the client to wait, then refills with time', () => {
    const limit = 10; // the 'import' bucket's default per minute
    const now = 1_000_000;
    for (let i = 0; i < limit; i++) expect(takeToken('c1', 'import', now)).toBe(0);
    const wait = takeToken('c1', 'import', now);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(6);
    expect(takeToken('c1', 'import', now + 6_000)).toBe(0);
  });

  it('keeps clients and buckets apart', () => {
    const now = 5_000_000;
    for (let i = 0; i < 10; i++) takeToken('c2', 'import', now);
    expect(takeToken('c2', 'import', now)).toBeGreaterThan(0);
    expect(takeToken('c3', 'import', now)).toBe(0);
    expect(takeToken('c2', 'analyze', now)).toBe(0);
  });
});

describe('rateLimit', () => {
  afterEach(() => resetRateLimits());

  it('answers 429 with Retry-After and a JSON error once the bucket is empty', async () => {
    let last: Response | null = null;
    for (let i = 0; i < 11; i++) last = rateLimit(req(), 'import');
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await last?.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });
});

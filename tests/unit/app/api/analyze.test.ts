import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/analyze/route';
import type { Comparison } from '@/lib/analysis/types';
import { MAX_BODY_BYTES } from '@/lib/limits';
import { ARTICLES, endlessRequest, expectError, jsonRequest, withTempStore } from './support';

const dir = withTempStore();
const URL = '/api/analyze';

describe('POST /api/analyze', () => {
  it('200: returns the Comparison of the two articles and stores nothing', async () => {
    const response = await POST(jsonRequest(URL, ARTICLES));
    expect(response.status).toBe(200);
    const comparison = (await response.json()) as Comparison;
    expect(comparison.articles).toHaveLength(2);
    expect(typeof comparison.modelVersion).toBe('string');
    expect(existsSync(join(dir, 'framelens.db'))).toBe(false);
  });

  it.each([
    ['empty text', { ...ARTICLES, a: { text: '' } }, 'a.text', /Article A: the text is empty/],
    ['blank text', { ...ARTICLES, b: { text: ' \n\t ' } }, 'b.text', /Article B: the text is empty/],
    ['missing text', { ...ARTICLES, b: { outlet: 'X' } }, 'b.text', /Article B: the text is missing/],
    ['text not a string', { ...ARTICLES, a: { text: 42 } }, 'a.text', /must be a string/],
    ['missing article', { a: ARTICLES.a }, 'b', /Article B is missing/],
    ['javascript: address', { ...ARTICLES, b: { text: 'x', url: 'javascript:alert(1)' } }, 'b.url', /http/],
    ['address without scheme', { ...ARTICLES, a: { text: 'x', url: 'example.org' } }, 'a.url', /http/],
    ['title too long', { ...ARTICLES, a: { text: 'x', title: 't'.repeat(1001) } }, 'a.title', /1,000/],
    ['body an array', [ARTICLES.a, ARTICLES.b], undefined, /two articles/],
    ['body a string', '"hello"', undefined, /two articles/],
  ])('400 invalid_input: %s', async (_, body, field, message) => {
    const error = await expectError(await POST(jsonRequest(URL, body)), 400, 'invalid_input', field);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['malformed JSON', '{"a": {"text": "x"}, '],
    ['empty body', ''],
    ['not JSON at all', 'a=1&b=2'],
  ])('400 invalid_json: %s', async (_, raw) => {
    await expectError(await POST(jsonRequest(URL, raw)), 400, 'invalid_json');
  });

  it('400 invalid_json: bytes that are not UTF-8', async () => {
    const request = new Request(`http://localhost${URL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    await expectError(await POST(request), 400, 'invalid_json');
  });

  it('413 too_large: an article over 100,000 characters names the field', async () => {
    const body = { ...ARTICLES, b: { text: 'y'.repeat(100_001) } };
    const error = await expectError(await POST(jsonRequest(URL, body)), 413, 'too_large', 'b.text');
    expect(error.message).toMatch(/100,001.*100,000/);
  });

  it('accepts an article of exactly 100,000 characters', async () => {
    const body = { ...ARTICLES, a: { text: 'word '.repeat(20_000) } };
    expect((await POST(jsonRequest(URL, body))).status).toBe(200);
  });

  it('413 too_large: a body over 1 MB is refused while it is being read', async () => {
    const { request, pulled } = endlessRequest(URL);
    await expectError(await POST(request), 413, 'too_large');
    // The stream never ends; stopping at all proves the bytes were counted while reading.
    expect(pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * 64 * 1024);
  });

  it('413 too_large: a declared Content-Length over 1 MB is refused before reading', async () => {
    const request = jsonRequest(URL, ARTICLES, { 'content-length': String(MAX_BODY_BYTES + 1) });
    await expectError(await POST(request), 413, 'too_large');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['JSON-looking but different', 'application/jsonp'],
  ])('415 unsupported_media_type: %s', async (_, type) => {
    await expectError(
      await POST(jsonRequest(URL, ARTICLES, { 'content-type': type })),
      415,
      'unsupported_media_type',
    );
  });

  it('415 unsupported_media_type: no Content-Type at all', async () => {
    const request = new Request(`http://localhost${URL}`, {
      method: 'POST',
      body: new Blob([JSON.stringify(ARTICLES)]),
    });
    expect(request.headers.get('content-type')).toBeNull();
    await expectError(await POST(request), 415, 'unsupported_media_type');
  });

  it('accepts Content-Type with parameters and any case', async () => {
    const response = await POST(
      jsonRequest(URL, ARTICLES, { 'content-type': 'Application/JSON; charset=utf-8' }),
    );
    expect(response.status).toBe(200);
  });

  it('429 rate_limited with Retry-After once a client passes its limit; other clients go on', async () => {
    process.env.FRAMELENS_RATE_LIMIT_ANALYZE = '2';
    process.env.FRAMELENS_TRUSTED_PROXY_HOPS = '1'; // clients told apart by the address our proxy saw
    try {
      const from = (ip: string) => jsonRequest(URL, ARTICLES, { 'x-forwarded-for': ip });
      expect((await POST(from('203.0.113.7'))).status).toBe(200);
      expect((await POST(from('203.0.113.7'))).status).toBe(200);
      const limited = await POST(from('203.0.113.7'));
      await expectError(limited, 429, 'rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await POST(from('203.0.113.8'))).status).toBe(200);
    } finally {
      delete process.env.FRAMELENS_RATE_LIMIT_ANALYZE;
      delete process.env.FRAMELENS_TRUSTED_PROXY_HOPS;
    }
  });
});

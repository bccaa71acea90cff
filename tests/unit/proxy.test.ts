import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, contentSecurityPolicy, makeNonce, proxy } from '@/proxy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

describe('makeNonce', () => {
  it('is 128 random bits in base64 and differs every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => makeNonce()));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy('abc123'));

  it.each([
    ['script-src', "'nonce-abc123' 'strict-dynamic'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
    ['default-src', "'self'"],
    ['style-src-elem', "'self' 'nonce-abc123'"],
  ])('sets %s to %s', (name, value) => {
    expect(policy.get(name)).toBe(value);
  });

  it('never allows inline or eval scripts in production', () => {
    const script = policy.get('script-src') ?? '';
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toContain('unsafe-eval');
    expect(policy.get('style-src-elem')).not.toContain('unsafe-inline');
  });

  it('adds unsafe-eval only in development', () => {
    expect(directives(contentSecurityPolicy('n', true)).get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('proxy', () => {
  it('sends the same fresh policy to the renderer (request) and the browser (response)', () => {
    const first = proxy(new NextRequest('http://127.0.0.1/c/example'));
    const second = proxy(new NextRequest('http://127.0.0.1/c/example'));
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    // NextResponse.next({request: {headers}}) forwards overridden request headers under this prefix.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
  });

  it('skips API routes and static assets and runs on pages', () => {
    const matcher = config.matcher[0];
    const re = new RegExp(`^${matcher?.source}$`);
    for (const path of ['/', '/c/example', '/methodology', '/new', '/c/abc/opengraph-image'])
      expect(re.test(path), path).toBe(true);
    for (const path of ['/api/analyze', '/api/comparisons/x', '/_next/static/chunks/a.js', '/favicon.ico'])
      expect(re.test(path), path).toBe(false);
  });
});

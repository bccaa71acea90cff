import { type NextRequest, NextResponse } from 'next/server';

/**
 * A fresh Content-Security-Policy nonce per page request (the Next 16 proxy approach of the official CSP
 * guide). Next reads the nonce back from the request's CSP header while rendering and stamps it on its own
 * scripts and <style> elements; anything an attacker manages to inject has no nonce and does not run.
 *
 * This is defence in depth only: route handlers enforce their own limits and user text is only ever
 * rendered as React text. API routes get a static no-content policy from next.config.js instead.
 */

/** 128 random bits, base64: unguessable and unique per response. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The page policy for one nonce; `dev` adds what React's dev tooling needs (eval for error stacks). */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  const directives = [
    "default-src 'self'",
    // Scripts only by nonce; 'strict-dynamic' lets those trusted scripts load the app's chunks.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // <style> elements need the nonce. Style *attributes* are allowed separately: React serialises the
    // `style` props of server-rendered client components (Recharts' containers, tooltips) into the HTML,
    // and a style attribute cannot run script. Browsers without style-src-attr fall back to style-src and
    // merely lose those inline layouts.
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  return directives.join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = makeNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');

  // Next extracts the nonce from the *request* header during rendering; the response header enforces it.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes (static policy in next.config.js), build assets and icons need no nonce.
      source: '/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)',
      // Prefetches fetch RSC payloads, not HTML documents, so they need no policy either.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

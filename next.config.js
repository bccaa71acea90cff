// @ts-check

// Headers that are the same on every response, pages and API alike. The per-request nonce
// Content-Security-Policy for pages is set by proxy.ts; API responses (JSON only) get a no-content policy.
const isProd = process.env.NODE_ENV === 'production';
const commonHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
      'magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers ignore HSTS over plain http, so sending it from `next start` on loopback is harmless.
  ...(isProd ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];
const apiHeaders = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts' e2e runs (or a dev server) coexist.
  distDir: process.env.FRAMELENS_DIST_DIR || '.next',
  // `npm run typecheck` is its own step of `npm test`; checking again inside the build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  // Native and model packages stay outside the server bundle and are required at run time.
  serverExternalPackages: ['better-sqlite3', 'pg', 'wink-nlp', 'wink-eng-lite-web-model', 'linkedom'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: commonHeaders },
      { source: '/api/:path*', headers: apiHeaders },
    ];
  },
};

module.exports = nextConfig;

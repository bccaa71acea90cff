// @ts-check

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
};

module.exports = nextConfig;

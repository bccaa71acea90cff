import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) },
      // 'server-only' throws outside React's server bundle; in unit tests the code simply runs on the server.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL('./tests/unit/support/server-only.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
// Each e2e run gets its own empty data folder so tests never see another run's comparisons.
// A folder made here is removed when the runner exits (after it has stopped the server); one passed in
// E2E_DATA_DIR is the caller's to keep. Workers inherit E2E_DATA_DIR, so only the runner makes one.
let dataDir = process.env.E2E_DATA_DIR;
if (!dataDir) {
  const made = mkdtempSync(join(tmpdir(), 'framelens-e2e-'));
  dataDir = made;
  process.on('exit', () => rmSync(made, { recursive: true, force: true }));
}
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      FRAMELENS_DATA_DIR: dataDir,
      FRAMELENS_RATE_LIMIT: process.env.FRAMELENS_RATE_LIMIT || '1000',
      FRAMELENS_IMPORT_ALLOW: process.env.FRAMELENS_IMPORT_ALLOW || '',
    },
  },
});

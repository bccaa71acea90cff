#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium, pick a free port, then hand over to Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {}
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const chromium = await findChromium();
if (!chromium) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      "Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium",
      'or point CHROMIUM_PATH at a Chromium/Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
    ].join('\n'),
  );
  process.exit(1);
}

const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  NEXT_TELEMETRY_DISABLED: '1',
  E2E_PORT: process.env.E2E_PORT || String(await freePort()),
};
// A loopback page server the import spec starts; the app may fetch from it (and from nothing else on loopback).
if (!env.E2E_FIXTURE_PORT) env.E2E_FIXTURE_PORT = String(await freePort());
if (!env.FRAMELENS_IMPORT_ALLOW) env.FRAMELENS_IMPORT_ALLOW = `127.0.0.1:${env.E2E_FIXTURE_PORT}`;
const args = [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);

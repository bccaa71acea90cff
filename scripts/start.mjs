#!/usr/bin/env node
// `npm start`: build the production bundle when it is missing or older than the sources, then serve it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Next's anonymous telemetry would send traffic off this machine.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const distDir = process.env.FRAMELENS_DIST_DIR || '.next';
const buildId = join(root, distDir, 'BUILD_ID');
const sources = [
  'app',
  'components',
  'lib',
  'server',
  'data',
  'next.config.js',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
  'instrumentation.ts',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (process.env.FRAMELENS_SKIP_BUILD === '1') return false;
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
if (needsBuild()) {
  console.error('[framelens] building the production bundle (sources changed or no build yet)...');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT || '3000';
const host = process.env.HOSTNAME || '0.0.0.0';
// server/index.mjs is `next start` plus the permalink page cache.
const server = spawn(process.execPath, [join(root, 'server', 'index.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // glibc's allocator keeps memory freed after a burst (one arena per thread, a brk heap that only
    // shrinks from the top, a threshold that drifts up after big frees). Fewer arenas and fixed thresholds
    // let the server hand memory back after load. Set them yourself to override; other libcs ignore them.
    MALLOC_ARENA_MAX: '2',
    MALLOC_MMAP_THRESHOLD_: '131072',
    MALLOC_TRIM_THRESHOLD_: '131072',
    ...process.env,
    PORT: port,
    HOSTNAME: host,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

#!/usr/bin/env node
// `npm run load [-- --duration 30 --connections 50 --json --static-path / --idle 10]`: load test of the
// production build on loopback. Builds if needed (scripts/start.mjs), serves it on a free 127.0.0.1 port
// with its own temp data folder and a rate limit no run reaches, then hammers, one after the other:
//   analyse (POST /api/analyze), save (POST /api/comparisons), a permalink (GET /c/<id> of a saved
//   comparison) and the most static page (GET /, no data access; every page renders per request because of
//   the CSP nonce). Prints requests/s, p50/p99 latency, errors, non-2xx and 5xx, and the server's RSS
//   (from /proc/<pid>/status) before and after the run. Exits 1 when a goal is missed:
//   0 errors and 0 5xx; permalink >= half the static page's requests/s; RSS back within 10% after idling.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const root = new URL('..', import.meta.url).pathname;

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? true : next;
}

const duration = Number(flag('duration', 30));
const connections = Number(flag('connections', 50));
const idleSeconds = Number(flag('idle', 10));
const staticPath = String(flag('static-path', '/'));
const asJson = flag('json', false) === true;
if (!(duration > 0) || !(connections > 0) || !(idleSeconds >= 0)) {
  console.error(
    'usage: npm run load -- [--duration S] [--connections N] [--idle S] [--static-path P] [--json]',
  );
  process.exit(2);
}
const log = (...args) => {
  if (!asJson) console.log(...args);
  else console.error(...args);
};

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

/** Every process below `pid` (start.mjs -> next start -> any workers), from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {}
  }
  const out = [];
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/** RSS in MB of the server: the sum over every process start.mjs spawned (start.mjs itself excluded). */
function serverRssMb(rootPid) {
  let kb = 0;
  for (const pid of descendants(rootPid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {}
  }
  return kb / 1024;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForServer(base, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {}
    await sleep(500);
  }
  throw new Error('the server did not answer within the time limit');
}

function fire(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...opts, connections, duration, timeout: 20 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

const sample = join(root, 'data', 'samples', 'cluster-munitions');
const articles = {
  a: { text: readFileSync(join(sample, 'a.txt'), 'utf8'), title: 'Article A', outlet: 'Outlet A' },
  b: { text: readFileSync(join(sample, 'b.txt'), 'utf8'), outlet: 'Outlet B', url: 'https://example.org/b' },
};
const jsonBody = JSON.stringify(articles);
const jsonHeaders = { 'content-type': 'application/json' };
const browserHeaders = { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br, zstd' };

/** The four runs: analyse, save, view a permalink, view the static page. */
function scenariosFor(permalink) {
  return [
    { name: 'analyse', method: 'POST', path: '/api/analyze', body: jsonBody, headers: jsonHeaders },
    { name: 'save', method: 'POST', path: '/api/comparisons', body: jsonBody, headers: jsonHeaders },
    // Pages are asked for as a browser asks for them: compressed.
    { name: 'permalink', method: 'GET', path: permalink, headers: browserHeaders },
    { name: 'static page', method: 'GET', path: staticPath, headers: browserHeaders },
  ];
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'framelens-load-'));

// The "optional gc": a preload (via NODE_OPTIONS, so it reaches the next-server child) that on SIGUSR2
// collects garbage and writes the process's memory figures, so a run can tell a leak (live heap that
// stays) from memory V8 simply has not handed back to the OS yet.
const gcHook = join(dataDir, 'gc-hook.cjs');
writeFileSync(
  gcHook,
  // (Written to a temporary name and renamed, so the reader, which waits for the file to exist, never
  // reads it half written.)
  `process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') { globalThis.gc(); globalThis.gc(); }
  const fs = require('node:fs');
  const file = ${JSON.stringify(join(dataDir, 'mem-'))} + process.pid + '.json';
  fs.writeFileSync(file + '.tmp', JSON.stringify(process.memoryUsage()));
  fs.renameSync(file + '.tmp', file);
});
`,
);

/**
 * Forces a full GC in every server process and returns, summed over them, the live heap, the heap V8 holds,
 * memory outside the heap (Buffers, native) and the RSS, in MB.
 */
async function collectGarbage(rootPid) {
  const pids = descendants(rootPid);
  for (const pid of pids) rmSync(join(dataDir, `mem-${pid}.json`), { force: true });
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {}
  }
  const sum = { heapUsed: 0, heapTotal: 0, external: 0 };
  for (const pid of pids) {
    const file = join(dataDir, `mem-${pid}.json`);
    for (let i = 0; i < 50 && !existsSync(file); i++) await sleep(100);
    if (!existsSync(file)) continue;
    const usage = JSON.parse(readFileSync(file, 'utf8'));
    for (const k of Object.keys(sum)) sum[k] += usage[k];
  }
  await sleep(500);
  const mb = (bytes) => bytes / 1024 / 1024;
  return {
    heapUsedMb: mb(sum.heapUsed),
    heapTotalMb: mb(sum.heapTotal),
    externalMb: mb(sum.external),
    rssMb: serverRssMb(rootPid),
  };
}
const server = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    FRAMELENS_DATA_DIR: dataDir,
    FRAMELENS_RATE_LIMIT: '1000000000',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --require ${gcHook}`.trim(),
  },
});

let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}
// Bounded in time whatever happens: the build, four runs, the idle wait and some slack.
const hardLimit = setTimeout(
  () => {
    console.error('[load] time limit reached; stopping');
    cleanup();
    process.exit(1);
  },
  (600 + 4 * (duration + 15) + idleSeconds + 60) * 1000,
);
hardLimit.unref();

try {
  log(`[load] starting the production build on ${base} (builds first if the sources changed)...`);
  await waitForServer(base, server, 600_000);

  // Warm every path once (the analyser's model and each route load lazily), then take the start figure.
  const saved = await fetch(`${base}/api/comparisons`, {
    method: 'POST',
    headers: jsonHeaders,
    body: jsonBody,
  });
  if (saved.status !== 201) throw new Error(`saving the sample answered ${saved.status}`);
  const { id } = await saved.json();
  const permalink = `/c/${id}`;
  for (const path of [permalink, staticPath, permalink, staticPath]) {
    const res = await fetch(`${base}${path}`);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    await res.arrayBuffer();
  }
  await (
    await fetch(`${base}/api/analyze`, { method: 'POST', headers: jsonHeaders, body: jsonBody })
  ).arrayBuffer();
  // Then a short, light warm-up of every scenario, so the start figure is the steady state (code
  // optimised, lazy modules loaded), not a server that has answered one request. A leak would still show:
  // the run below is 50 connections for the full duration, many times this.
  for (const s of scenariosFor(permalink)) {
    await new Promise((resolve, reject) => {
      autocannon(
        {
          url: `${base}${s.path}`,
          method: s.method,
          body: s.body,
          headers: s.headers,
          connections: 4,
          duration: 3,
        },
        (err, r) => (err ? reject(err) : resolve(r)),
      );
    });
  }
  await sleep(2_000);
  const start = await collectGarbage(server.pid);
  const rssStart = start.rssMb;

  const scenarios = scenariosFor(permalink);
  const rows = [];
  let rssPeak = rssStart;
  for (const s of scenarios) {
    log(`[load] ${s.name}: ${s.method} ${s.path}, ${connections} connections, ${duration} s`);
    const watcher = setInterval(() => {
      rssPeak = Math.max(rssPeak, serverRssMb(server.pid));
    }, 1_000);
    const r = await fire({ url: `${base}${s.path}`, method: s.method, body: s.body, headers: s.headers });
    clearInterval(watcher);
    rows.push({
      scenario: s.name,
      request: `${s.method} ${s.path}`,
      requestsPerSec: Math.round(r.requests.average * 10) / 10,
      requests: r.requests.total,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      status5xx: r['5xx'],
    });
  }
  const rssAfterLoad = serverRssMb(server.pid);
  await sleep(idleSeconds * 1_000);
  const after = await collectGarbage(server.pid);
  const rssAfterIdle = after.rssMb;
  const heapGrowth = (after.heapUsedMb - start.heapUsedMb) / start.heapUsedMb;

  const byName = Object.fromEntries(rows.map((r) => [r.scenario, r]));
  const ratio = byName.permalink.requestsPerSec / Math.max(byName['static page'].requestsPerSec, 1e-9);
  const growth = (rssAfterIdle - rssStart) / rssStart;
  const goals = [
    {
      goal: '0 errors and 0 5xx',
      // autocannon counts timeouts among its errors.
      pass: rows.every((r) => r.errors === 0 && r.status5xx === 0),
      figure: rows.map((r) => `${r.scenario}: ${r.errors} errors, ${r.status5xx} 5xx`).join('; '),
    },
    {
      goal: "permalink >= half the static page's requests/s",
      pass: ratio >= 0.5,
      figure: `${(ratio * 100).toFixed(0)}%`,
    },
    {
      goal: 'RSS back within 10% of its start after idling and a full GC',
      pass: growth <= 0.1,
      figure: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`,
    },
    {
      goal: 'live heap (after a full GC) back within 10% of its start: no leak',
      pass: heapGrowth <= 0.1,
      figure: `${start.heapUsedMb.toFixed(0)} MB -> ${after.heapUsedMb.toFixed(0)} MB (${heapGrowth >= 0 ? '+' : ''}${(heapGrowth * 100).toFixed(1)}%)`,
    },
  ];
  const memory = {
    startMb: Math.round(rssStart),
    peakMb: Math.round(rssPeak),
    afterLoadMb: Math.round(rssAfterLoad),
    afterIdleMb: Math.round(rssAfterIdle),
    heapStartMb: Math.round(start.heapUsedMb),
    heapAfterMb: Math.round(after.heapUsedMb),
    heapHeldStartMb: Math.round(start.heapTotalMb),
    heapHeldAfterMb: Math.round(after.heapTotalMb),
    externalStartMb: Math.round(start.externalMb),
    externalAfterMb: Math.round(after.externalMb),
    idleSeconds,
  };
  const report = { connections, durationSeconds: duration, staticPath, rows, memory, goals };

  if (asJson) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log('');
    console.log(
      '| scenario | request | req/s | p50 ms | p99 ms | errors (of which timeouts) | non-2xx | 5xx |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const request = r.request.replace(/\/c\/[A-Za-z0-9_-]+/, '/c/<id>');
      console.log(
        `| ${r.scenario} | ${request} | ${r.requestsPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${r.status5xx} |`,
      );
    }
    console.log('');
    console.log(
      `server RSS: ${memory.startMb} MB at start (warmed, after a GC), ${memory.peakMb} MB peak, ${memory.afterLoadMb} MB after the run, ${memory.afterIdleMb} MB after ${idleSeconds} s idle and a GC; live heap ${memory.heapStartMb} -> ${memory.heapAfterMb} MB, heap held by V8 ${memory.heapHeldStartMb} -> ${memory.heapHeldAfterMb} MB, outside the heap ${memory.externalStartMb} -> ${memory.externalAfterMb} MB`,
    );
    for (const g of goals) console.log(`${g.pass ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.figure}`);
  }
  cleanup();
  process.exit(goals.every((g) => g.pass) ? 0 : 1);
} catch (err) {
  console.error(`[load] ${err instanceof Error ? err.message : err}`);
  cleanup();
  process.exit(1);
}

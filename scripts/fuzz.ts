#!/usr/bin/env tsx
/**
 * `npm run fuzz [-- --runs N] [-- --seed N] [-- --only analyze|compare|long|api]`: property-based fuzzing
 * of the analyser (hostile Unicode) and the API route handlers (arbitrary JSON bodies), 10,000 cases of
 * each by default. Prints the seed; `--seed N` replays exactly the same cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';

// Server modules start with `import 'server-only'`, which only resolves outside React's client bundle under
// the 'react-server' export condition; re-run this script under it (the route handlers need no React).
if (!process.execArgv.some((a) => a.includes('react-server')) && !process.env.FRAMELENS_FUZZ_CHILD) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', __filename, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, FRAMELENS_FUZZ_CHILD: '1' } },
  );
  process.exit(run.status ?? 1);
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const runs = Number(flag('runs') ?? 10_000);
const seed = flag('seed') === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(flag('seed'));
const only = flag('only');
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed N] [--only analyze|compare|long|api]');
  process.exit(2);
}

// A private data folder and no effective rate limit, set before any server module reads them.
const dataDir = mkdtempSync(join(tmpdir(), 'framelens-fuzz-'));
process.env.FRAMELENS_DATA_DIR = dataDir;
process.env.FRAMELENS_RATE_LIMIT = '1000000000';
delete process.env.DATABASE_URL;

interface Outcome {
  name: string;
  runs: number;
  ms: number;
  failed: boolean;
}

function shorten(value: unknown): string {
  const text = fc.stringify(value);
  return text.length > 600 ? `${text.slice(0, 600)}... (${text.length} characters)` : text;
}

async function check<T extends unknown[]>(
  name: string,
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
  numRuns: number,
): Promise<Outcome> {
  const started = performance.now();
  const details = await fc.check(property as fc.IAsyncProperty<T>, { seed, numRuns, endOnFailure: false });
  const ms = performance.now() - started;
  const outcome = { name, runs: details.numRuns, ms, failed: details.failed };
  if (details.failed) {
    console.log(`✗ ${name}: FAILED after ${details.numRuns} cases (${(ms / 1000).toFixed(1)} s)`);
    console.log(`  replay: npm run fuzz -- --only ${name.split(' ')[0]} --seed ${seed} --runs ${numRuns}`);
    console.log(`  fast-check path: ${details.counterexamplePath}`);
    console.log(`  counterexample: ${shorten(details.counterexample)}`);
    const error = details.errorInstance;
    console.log(`  error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases, no failure (${(ms / 1000).toFixed(1)} s)`);
  }
  return outcome;
}

async function main(): Promise<number> {
  console.log(`[fuzz] seed ${seed}, ${runs} cases per property (replay: npm run fuzz -- --seed ${seed})`);
  const props = await import('../tests/fuzz/properties');
  const lib = await import('@/lib/analysis');
  // Timed only to print the slowest case (a figure, not an assertion): quadratic paths show up here.
  const slowest = { ms: 0, what: '' };
  const timed =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R, size: (...args: A) => number) =>
    (...args: A): R => {
      const t = performance.now();
      const result = fn(...args);
      const ms = performance.now() - t;
      if (ms > slowest.ms) Object.assign(slowest, { ms, what: `${name} on ${size(...args)} characters` });
      return result;
    };
  const analysis = {
    analyzeArticle: timed('analyzeArticle', lib.analyzeArticle, (t: string) => t.length),
    compareArticles: timed(
      'compareArticles',
      lib.compareArticles,
      (a: { text: string }, b: { text: string }) => a.text.length + b.text.length,
    ),
  };
  const outcomes: Outcome[] = [];
  const want = (name: string) => only === undefined || only === name;

  if (want('analyze'))
    outcomes.push(await check('analyze analyzeArticle', props.analyzeProperty(analysis), runs));
  if (want('compare'))
    outcomes.push(await check('compare compareArticles', props.compareProperty(analysis), runs));
  // 200,000-character texts take a second or more each: a few cases, scaled with --runs.
  if (want('long')) {
    const longRuns = Math.max(3, Math.round(runs / 2_000));
    outcomes.push(await check('long 200k-character runs', props.longTextProperty(analysis), longRuns));
  }

  if (slowest.ms > 0) console.log(`  slowest analyser case: ${slowest.what}, ${Math.round(slowest.ms)} ms`);

  if (want('api')) {
    const analyze = await import('@/app/api/analyze/route');
    const comparisons = await import('@/app/api/comparisons/route');
    const byId = await import('@/app/api/comparisons/[id]/route');
    outcomes.push(
      await check('api POST /api/analyze', props.postProperty('/api/analyze', analyze.POST), runs),
    );
    outcomes.push(
      await check(
        'api POST /api/comparisons',
        props.postProperty('/api/comparisons', comparisons.POST),
        runs,
      ),
    );
    const saved: string[] = [];
    for (const text of ['He said "hello" to Kiev.', 'Officials said the “plan” was illegal.']) {
      const response = await comparisons.POST(
        new Request('http://localhost/api/comparisons', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ a: { text }, b: { text: `${text} Kyiv.` } }),
        }),
      );
      saved.push(((await response.json()) as { id: string }).id);
    }
    outcomes.push(await check('api GET /api/comparisons/<id>', props.getByIdProperty(byId.GET, saved), runs));
    for (const [route, byStatus] of props.statusCounts) {
      const parts = [...byStatus].sort(([x], [y]) => x - y).map(([status, n]) => `${status}×${n}`);
      console.log(`  ${route}: ${parts.join(', ')}`);
    }
    const { closeStore } = await import('@/lib/store');
    await closeStore();
  }

  const failed = outcomes.filter((o) => o.failed);
  const total = outcomes.reduce((n, o) => n + o.runs, 0);
  console.log(
    `[fuzz] ${total} cases in ${outcomes.length} properties, ${failed.length} failed; seed ${seed}`,
  );
  return failed.length ? 1 : 0;
}

main()
  .then((code) => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  })
  .catch((err) => {
    console.error(err);
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  });

// Runs a TypeScript script as the app runs its code: compiled to plain JavaScript first (one esbuild bundle,
// packages left in node_modules), then started with node. `tsx` is fine for tools, but it compiles with
// esbuild's keepNames, which wraps every function and closure created at run time in a naming call
// (`__name`); the analysis creates many closures, and under tsx they cost about a tenth of its time, which
// the production build (Next's compiler) does not pay. Usage: node scripts/run-built.mjs scripts/bench.ts [args].
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs <script.ts> [args...]\n');
  process.exit(2);
}
// Inside node_modules, so the bundle resolves wink-nlp and the other packages it leaves external.
const dir = join('node_modules', '.cache', 'framelens-built');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `${basename(entry).replace(/\.[cm]?ts$/, '')}.cjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);

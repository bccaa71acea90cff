#!/usr/bin/env node
// Dependency advisories, two ways. First, offline: every installed copy of a package named in
// advisory-floors.json must be at least the version that fixes its known high and critical advisories.
// Then `npm audit --omit=dev`, failing on high or critical; where the registry offers no audit endpoint
// (some mirrors answer 405) that is reported loudly, since an unreachable audit is not a clean one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** -1, 0 or 1: numeric major.minor.patch, and a pre-release sorts before its release. */
export function compareVersions(a, b) {
  const parse = (v) => {
    const [core = '', pre = ''] = v.replace(/^v/, '').split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * Installed copies below their floor, from a lockfile's `packages` map (every copy, nested ones too):
 * `[{ package, path, version, minimum, severity, advisories }]`.
 */
export function belowFloors(lock, floors) {
  const byName = new Map(floors.map((f) => [f.package, f]));
  const out = [];
  for (const [path, info] of Object.entries(lock.packages ?? {})) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const floor = path.includes('node_modules/') ? byName.get(name) : undefined;
    if (!floor || typeof info?.version !== 'string') continue;
    if (compareVersions(info.version, floor.minimum) < 0)
      out.push({
        package: name,
        path,
        version: info.version,
        minimum: floor.minimum,
        severity: floor.severity,
        advisories: floor.advisories,
      });
  }
  return out;
}

function checkFloors() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { floors, checked } = JSON.parse(
    readFileSync(new URL('advisory-floors.json', import.meta.url), 'utf8'),
  );
  const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
  const low = belowFloors(lock, floors);
  for (const l of low) {
    console.error(`  ${l.severity}: ${l.path} ${l.version} is below ${l.minimum}, which fixes:`);
    for (const a of l.advisories) console.error(`    - ${a}`);
  }
  console.log(
    `[audit] known-advisory floors (as of ${checked}): ${low.length ? `${low.length} package(s) below` : `all ${floors.length} met`}`,
  );
  return low.length === 0;
}

function npmAudit() {
  const run = spawnSync('npm', ['audit', '--json', '--omit=dev'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout || '{}');
  } catch {
    report = {};
  }
  if (report.error || !report.metadata) {
    const why =
      report.error?.summary ||
      report.error?.code ||
      run.stderr.split('\n').find((l) => l.includes('error')) ||
      'no report';
    console.warn(
      `[audit] WARNING: the registry gave no audit report (${why.trim()}); only the offline floors above were checked.`,
    );
    return true;
  }
  const v = report.metadata.vulnerabilities;
  console.log(
    `[audit] npm audit: ${v.critical} critical, ${v.high} high, ${v.moderate} moderate, ${v.low} low`,
  );
  if (v.critical === 0 && v.high === 0) return true;
  for (const [name, info] of Object.entries(report.vulnerabilities ?? {})) {
    if (info.severity === 'high' || info.severity === 'critical')
      console.error(`  ${info.severity}: ${name}`);
  }
  return false;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const floorsOk = checkFloors();
  const auditOk = npmAudit();
  if (!floorsOk || !auditOk) process.exit(1);
}

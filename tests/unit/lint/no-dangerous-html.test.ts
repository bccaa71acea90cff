import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

interface BiomeReport {
  diagnostics: { category?: string; severity: string }[];
}

/** Lints `source` as a .tsx file inside the repository, so the repository's biome.json applies to it. */
function lintInRepo(source: string): { status: number | null; categories: string[] } {
  const file = join(__dirname, `.lint-probe-${randomUUID()}.tsx`);
  writeFileSync(file, source);
  try {
    const run = spawnSync(process.execPath, [biome, 'lint', '--reporter=json', relative(root, file)], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as BiomeReport;
    return { status: run.status, categories: report.diagnostics.map((d) => d.category ?? '') };
  } finally {
    rmSync(file, { force: true });
  }
}

const RULE = 'lint/security/noDangerouslySetInnerHtml';

// Each way of handing React raw HTML must fail the lint run.
const DANGEROUS: ReadonlyArray<readonly [string, string]> = [
  [
    'JSX prop',
    'export function X({ h }: { h: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: h }} />;\n}\n',
  ],
  [
    'createElement props',
    "import { createElement } from 'react';\n\nexport function X({ h }: { h: string }) {\n  return createElement('div', { dangerouslySetInnerHTML: { __html: h } });\n}\n",
  ],
];

// The false-positive side: plain React text passes.
const SAFE: ReadonlyArray<readonly [string, string]> = [
  ['text child', 'export function X({ h }: { h: string }) {\n  return <div>{h}</div>;\n}\n'],
  ['title attribute', 'export function X({ h }: { h: string }) {\n  return <p title={h}>{h}</p>;\n}\n'],
];

describe('lint rule security/noDangerouslySetInnerHtml', () => {
  it.each(DANGEROUS)('fails on %s', (_name, source) => {
    const { status, categories } = lintInRepo(source);
    expect(categories).toContain(RULE);
    expect(status).not.toBe(0);
  });

  it.each(SAFE)('passes %s', (_name, source) => {
    const { status, categories } = lintInRepo(source);
    expect(categories).toEqual([]);
    expect(status).toBe(0);
  });
});

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|jsx?|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the app never renders raw HTML', () => {
  const files = ['app', 'components', 'lib'].flatMap((d) => sourceFiles(join(root, d)));

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no dangerouslySetInnerHTML under app/, components/ or lib/', () => {
    const offenders = files.filter((f) => readFileSync(f, 'utf8').includes('dangerouslySetInnerHTML'));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('has no DOM HTML sinks in browser code (app/, components/)', () => {
    const sink = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|srcdoc/;
    const browser = files.filter((f) => /^(app|components)[/\\]/.test(relative(root, f)));
    const offenders = browser.filter((f) => sink.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Comparison } from '@/lib/analysis/types';
import { runCli } from '@/lib/cli/run';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sampleA = 'data/samples/cluster-munitions/a.txt';
const sampleB = 'data/samples/cluster-munitions/b.txt';

/** Runs the real CLI as `npm run framelens` does, in a child process. */
function cli(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/framelens.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same CLI in this process, for the many error cases (a child process costs seconds on a busy machine). */
async function cliInProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
  return { code, stdout, stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('framelens CLI as a child process', () => {
  it('compare --json prints only the Comparison JSON', () => {
    const r = cli('compare', sampleA, sampleB, '--json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.articles).toHaveLength(2);
    expect(c.findings.join(' ')).toContain('Kyiv');
  });

  it('compare prints a readable report with findings and naming', () => {
    const r = cli('compare', sampleA, sampleB);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Framelens comparison/);
    expect(r.stdout).toContain("A writes 'Kiev' (3x), B writes 'Kyiv' (1x).");
    expect(r.stdout).toContain('Sources cited');
  });

  it('counts in the report agree with their nouns (1 statement, 2 statements)', async () => {
    const a = file('one.txt', '"We will rebuild," Mayor Jane Roe said.');
    const b = file('two.txt', '"We will rebuild," Mayor Jane Roe said. "Soon," she added.');
    const r = await cliInProcess('compare', a, b);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 3 quoted words, 1 statement\n/);
    expect(r.stdout).not.toMatch(/\b1 statements\b|\b1 hits\b/);
  });

  it('analyze --jsonl writes one {id, analysis} line per input line, skipping blank lines', () => {
    const texts = readFileSync(sampleB, 'utf8').split('\n').slice(0, 12);
    const input = `${texts.map((text, i) => JSON.stringify({ id: `p${i}`, text })).join('\n')}\n\n`;
    const r = cli('analyze', '--jsonl', file('in.jsonl', input));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    const rows = lines.map((l) => JSON.parse(l) as { id: string; analysis: ArticleAnalysis });
    expect(rows.map((x) => x.id)).toEqual(texts.map((_, i) => `p${i}`));
    expect(rows[0]?.analysis.wordCount).toBeGreaterThan(0);
  });

  it('exits 2 and names the line of an invalid JSONL record', () => {
    const r = cli(
      'analyze',
      '--jsonl',
      file('bad0.jsonl', '{"id":"a","text":"Fine words."}\n{"id":7,"text":"x"}\n'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: "id" must be a non-empty string/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a missing file', () => {
    const r = cli('compare', join(dir, 'nope.txt'), sampleB);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(r.stdout).toBe('');
  });
});

describe('runCli', () => {
  it.each([
    ['a missing file', ['compare', join(dir, 'nope.txt'), sampleB], /nope\.txt: no such file/],
    ['an empty file', ['compare', sampleA, file('empty.txt', '  \n')], /empty\.txt: the file is empty/],
    ['a missing jsonl file', ['analyze', '--jsonl', join(dir, 'none.jsonl')], /none\.jsonl: no such file/],
    [
      'a line that is not JSON',
      ['analyze', '--jsonl', file('bad1.jsonl', '{"id":"a","text":"Fine."}\n{oops\n')],
      /line 2: not valid JSON/,
    ],
    [
      'a line without text',
      ['analyze', '--jsonl', file('bad2.jsonl', '\n{"id":"a"}\n')],
      /line 2: "text" must be a string/,
    ],
    [
      'a line with empty text',
      ['analyze', '--jsonl', file('bad3.jsonl', '{"id":"a","text":"  "}\n')],
      /line 1: "text" is empty/,
    ],
    [
      'a line without id',
      ['analyze', '--jsonl', file('bad4.jsonl', '{"text":"Some words."}\n')],
      /line 1: "id" must be/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['compare with one file', ['compare', sampleA], /exactly two files/],
  ])('exits 2 with a clear message for %s', async (_name, args, message) => {
    const r = await cliInProcess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help prints usage to stdout and exits 0', async () => {
    const r = await cliInProcess('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('analyze --jsonl IN.jsonl');
  });
});

describe('the readable report', () => {
  it('counts loaded terms per article as the findings do: own voice in body lines', async () => {
    const a = file(
      'head-a.txt',
      'Officers Warn of Rising Crime\nChief Raymond Ellis admitted the cuts would hurt, and the union slammed them.\n',
    );
    const b = file('head-b.txt', 'Council Backs Plan\nThe council voted on Tuesday to move the money.\n');
    const r = await cliInProcess('compare', a, b);
    expect(r.code).toBe(0);
    // The headline's 'Warn' is listed but not counted; the finding and the block give one rate.
    expect(r.stdout).toMatch(/Loaded report verb: 3 \(2 in own voice in the body, 153\.9 per 1,000 words\)/);
    expect(r.stdout).toMatch(
      /loaded report verbs in its own voice \(153\.9 per 1,000 words, e\.g\. 'admitted' and 'slammed'\)/,
    );
  });
});

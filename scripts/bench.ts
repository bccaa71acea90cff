// Analysis speed against wink-nlp's readDoc alone: `npm run bench` prints a table, `-- --json` machine figures.
import { readFileSync } from 'node:fs';
import { analyzeArticle, readArticle } from '@/lib/analysis/analyze';
import { compareArticles } from '@/lib/analysis/compare';
import type { AnalysisDoc, Finding } from '@/lib/analysis/detector';
import { detectors } from '@/lib/analysis/detectors';
import { distinctiveOf } from '@/lib/analysis/distinctive';
import { overlapOf } from '@/lib/analysis/overlap';
import { findSpellingVariants } from '@/lib/analysis/spelling-variants';
import { readDocOnly, warmUp } from '@/lib/analysis/tokenize';

const RUNS = 61;
/** Warm-up before timing: at least this many pairs and this long, so V8 has finished optimising the analysis. */
const WARM_RUNS = 100;
const WARM_MS = 2000;
const dir = 'data/samples/cluster-munitions';
const a = readFileSync(`${dir}/a.txt`, 'utf8');
const b = readFileSync(`${dir}/b.txt`, 'utf8');

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * CPU time (user + system) of one call, in ms. The machine is shared, so wall time swings with other
 * processes; the CPU time this process spends does not. Wall time is printed beside it for reference.
 */
function time(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** Wall-clock ms of one call. */
function wall(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Median CPU ms of each stage on the example pair: tokenising, each registered detector, the comparison steps. */
function stages(runs: number): Record<string, number> {
  const timings: Record<string, number[]> = {};
  const add = (name: string, f: () => void) => {
    timings[name] ??= [];
    timings[name].push(time(f));
  };
  for (let i = 0; i < runs; i++) {
    add('tokenize + blocks', () => {
      readArticle(a);
      readArticle(b);
    });
    // Fresh documents every run: detectors may cache per document, and compareArticles never reuses one.
    const docs = [readArticle(a), readArticle(b)];
    const found = docs.map(() => [] as Finding[]);
    for (const d of detectors)
      add(`detector: ${d.name}`, () => {
        docs.forEach((doc, k) => {
          found[k]?.push(...d.detect(doc, found[k] ?? []));
        });
      });
    const [da, db] = docs as [AnalysisDoc, AnalysisDoc];
    add('spelling variants', () => findSpellingVariants(da, db));
    add('overlap', () => overlapOf(da, db));
    add('distinctive words', () => distinctiveOf(da, db));
  }
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, round(median(v))]));
}

/** Median of `runs` timings, alternating the two functions so drift, load and GC hit both alike. */
function pairMedians(f: () => void, g: () => void, runs: number, clock = time): [number, number] {
  const tf: number[] = [];
  const tg: number[] = [];
  for (let i = 0; i < runs; i++) {
    tf.push(clock(f));
    tg.push(clock(g));
  }
  return [median(tf), median(tg)];
}

/** A long article of varied sentences: the sample paragraphs (headline and credits dropped), shuffled. */
function generated(words: number, seed = 7): string {
  const paragraphs = [...a.split('\n').slice(2), ...b.split('\n')].filter((p) => p.split(' ').length > 8);
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)] ?? '';
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

function main(): void {
  const json = process.argv.includes('--json');
  warmUp();
  // Steady state, as in a server: timing the first few dozen runs would time V8 compiling the analysis.
  const warmStart = performance.now();
  for (let i = 0; i < WARM_RUNS || performance.now() - warmStart < WARM_MS; i++) {
    compareArticles({ text: a }, { text: b });
    readDocOnly(a);
    readDocOnly(b);
  }
  const [pairMs, readDocMs] = pairMedians(
    () => compareArticles({ text: a }, { text: b }),
    () => {
      readDocOnly(a);
      readDocOnly(b);
    },
    RUNS,
  );
  // CPU time also counts V8's background GC and compiler threads, which the analysis (many small objects)
  // keeps busier than readDoc does; on a quiet machine the wall-clock ratio is the one a reader waits for.
  const [pairWallMs, readDocWallMs] = pairMedians(
    () => compareArticles({ text: a }, { text: b }),
    () => {
      readDocOnly(a);
      readDocOnly(b);
    },
    RUNS,
    wall,
  );
  const stageMs = stages(RUNS);
  const sizes = [10_000, 25_000, 50_000].map((words) => {
    const text = generated(words);
    // Three untimed runs first: the first long text of a size meets wink's and our tables cold.
    for (let i = 0; i < 3; i++) {
      analyzeArticle(text);
      readDocOnly(text);
    }
    const [full, read] = pairMedians(
      () => analyzeArticle(text),
      () => readDocOnly(text),
      7,
    );
    return { words, ms: full, readDocMs: read, msPer1kWords: full / (words / 1000) };
  });
  const ms50k = sizes.at(-1)?.ms ?? 0;
  const perK = sizes.map((s) => s.msPer1kWords);
  const result = {
    runs: RUNS,
    pairMs: round(pairMs),
    pairWallMs: round(pairWallMs),
    readDocMs: round(readDocMs),
    ratioToReadDoc: round(pairMs / readDocMs),
    readDocWallMs: round(readDocWallMs),
    wallRatioToReadDoc: round(pairWallMs / readDocWallMs),
    ms50k: round(ms50k),
    // Linear growth: the cost per 1,000 words stays flat from 10k to 50k words (max / min of the three).
    growthSpread: round(Math.max(...perK) / Math.min(...perK)),
    stageMs,
    sizes: sizes.map((s) => ({
      words: s.words,
      ms: round(s.ms),
      readDocMs: round(s.readDocMs),
      msPer1kWords: round(s.msPer1kWords),
    })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rows = [
    ['measure (median CPU ms)', 'value', 'budget'],
    ['example pair, full analysis', `${result.pairMs} (wall ${result.pairWallMs})`, ''],
    ['example pair, readDoc alone', `${result.readDocMs} (wall ${result.readDocWallMs})`, ''],
    ['ratio to readDoc', `${result.ratioToReadDoc} (wall ${result.wallRatioToReadDoc})`, '<= 1.5'],
    ...result.sizes.map((s) => [
      `${s.words / 1000}k-word article (ms; readDoc ${s.readDocMs})`,
      `${s.ms} (${s.msPer1kWords}/1k words)`,
      s.words === 50_000 ? '< 1000' : '',
    ]),
    ['growth: max/min ms per 1k words', `${result.growthSpread}`, 'about 1 = linear'],
    ...Object.entries(stageMs).map(([k, v]) => [`  pair stage: ${k}`, `${v}`, '']),
  ];
  const w = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) process.stdout.write(`${r.map((cell, c) => cell.padEnd(w[c] ?? 0)).join('  ')}\n`);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main();

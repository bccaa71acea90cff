// Scores the model on the development halves of two external datasets (measured only, never copied):
// `npm run eval` prints one table, `npm run --silent eval -- --json` the same rows as JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Row {
  dataset: string;
  metric: string;
  value: number | null;
  anchor: string;
}

/** Published figures to read ours against. */
const ANCHORS: { dataset: string; match: RegExp; anchor: string }[] = [
  { dataset: 'BABE', match: /^f1$/i, anchor: 'MBIC word-level F1 0.43' },
  { dataset: 'PolNeAR', match: /^speaker-?accuracy$/i, anchor: 'Gender Gap Tracker speaker accuracy 87%' },
  { dataset: 'PolNeAR', match: /^f1$/i, anchor: 'Gender Gap Tracker quote F1 83.7' },
];

const anchorOf = (dataset: string, metric: string) =>
  ANCHORS.find((a) => a.dataset === dataset && a.match.test(metric))?.anchor ?? '';

/** Numeric fields of a result object, nested keys joined with dots. */
function numbers(value: unknown, prefix = ''): [string, number][] {
  if (typeof value === 'number') return [[prefix || 'value', value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, prefix ? `${prefix}.${k}` : k));
}

async function run(dataset: string, file: string, fn: string, notes: string[]): Promise<Row[]> {
  const path = join(process.cwd(), 'scripts', 'eval', file);
  if (!existsSync(path)) {
    notes.push(`${dataset}: scripts/eval/${file} is missing, so ${dataset} is not scored.`);
    return [];
  }
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const evaluate = mod[fn] ?? (mod.default as Record<string, unknown> | undefined)?.[fn];
  if (typeof evaluate !== 'function') {
    notes.push(`${dataset}: scripts/eval/${file} does not export ${fn}(), so ${dataset} is not scored.`);
    return [];
  }
  try {
    const result: unknown = await evaluate();
    return numbers(result).map(([metric, value]) => ({
      dataset,
      metric,
      value,
      anchor: anchorOf(dataset, metric),
    }));
  } catch (err) {
    notes.push(`${dataset}: ${fn}() failed: ${err instanceof Error ? err.message : String(err)}`);
    return [];
  }
}

async function main(): Promise<void> {
  const notes: string[] = [];
  const rows = [
    ...(await run('BABE', 'babe.ts', 'evalBabe', notes)),
    ...(await run('PolNeAR', 'polnear.ts', 'evalPolnear', notes)),
  ];
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ rows, notes })}\n`);
    return;
  }
  const table = [
    ['dataset', 'metric', 'value', 'anchor'],
    ...rows.map((r) => [
      r.dataset,
      r.metric,
      r.value === null ? '-' : String(Math.round(r.value * 1000) / 1000),
      r.anchor,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  for (const r of table)
    process.stdout.write(
      `${r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    );
  for (const n of notes) process.stdout.write(`${n}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

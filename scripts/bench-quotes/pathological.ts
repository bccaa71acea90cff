#!/usr/bin/env tsx
/**
 * `npx tsx scripts/bench-quotes/pathological.ts [chars]`: times compareArticles on inputs built to make the
 * quote detector scan far (one giant sentence full of quotation marks). Prints figures, asserts nothing.
 */
import { compareArticles } from '@/lib/analysis';

const n = Number(process.argv[2] ?? 100_000);
const fill = (unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const cases: Array<[string, string]> = [
  ['He said " repeated', fill('He said "')],
  ["scare quotes 'x' repeated", fill("the 'plan' ")],
  ['“ without closers', fill('He said “ ')],
  ['many short quotes, one sentence', fill('he called it "a plan", ')],
  ['one line, no sentence breaks', fill('officials said the plan would work and ')],
];
for (const [name, text] of cases) {
  const t0 = performance.now();
  const r = compareArticles({ text }, { text });
  const ms = performance.now() - t0;
  const quotes = r.articles[0].quotes.length;
  console.log(
    `${name.padEnd(34)} ${String(n).padStart(7)} chars  ${Math.round(ms).toString().padStart(6)} ms  (${quotes} quotes)`,
  );
}

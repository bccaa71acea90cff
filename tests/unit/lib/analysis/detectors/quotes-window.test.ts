import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectQuotes } from '@/lib/analysis/detectors/quotes';

const run = (text: string) => findingsOf(detectQuotes(readArticle(text), []), 'quote');
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

// Timing lives in scripts/bench-quotes/pathological.ts; these tests pin the bounded search and its output.
describe('detectQuotes attribution window', () => {
  it.each([
    ['He said " repeated', fill('He said "', 20_000)],
    ["scare quotes 'x' repeated", fill("the 'plan' ", 20_000)],
    ['“ without closers', fill('He said “ ', 20_000)],
    ['many short quotes in one sentence', fill('he called it "a plan", ', 20_000)],
  ])('%s in one giant sentence gives well-formed quotes', (_name, text) => {
    const quotes = run(text);
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeGreaterThan(q.start);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.text).toBe(text.slice(q.start, q.end));
      expect(['direct', 'partial', 'scare']).toContain(q.kind);
    }
  });

  it('finds every quote of a long run (the cap limits the search, not the quotes)', () => {
    expect(run(fill('He said "', 9 * 1000))).toHaveLength(500);
  });

  const filler = (words: number) => ' and the plan'.repeat(Math.ceil(words / 3));
  it.each([
    // Positive: a report verb inside the window still attributes the quote.
    [`Jane Roe said${filler(30)} was "a serious mistake."`, 'Jane Roe'],
    // Beyond the window (80 tokens) the verb is not searched for: the search is bounded, whatever the sentence length.
    [`Jane Roe said${filler(110)} was "a serious mistake."`, null],
  ])('head search over %#', (text, speaker) => {
    const [q] = run(text);
    expect(q?.speaker?.name ?? null).toBe(speaker);
  });
});

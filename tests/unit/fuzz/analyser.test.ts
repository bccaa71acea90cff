import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles } from '@/lib/analysis';
import {
  type Analyser,
  analyzeProperty,
  compareProperty,
  comparisonSide,
  longTextProperty,
  spanProblems,
} from '../../fuzz/properties';

// A small share of `npm run fuzz` (10,000 cases each); fast-check prints the seed of any failure.
const RUNS = 150;
const analyser: Analyser = { analyzeArticle, compareArticles };

describe('the analyser on hostile Unicode', () => {
  it('analyzeArticle never throws and keeps every span inside its text', () => {
    fc.assert(analyzeProperty(analyser), { numRuns: RUNS });
  });

  it('compareArticles never throws and keeps every span inside the article it points into', () => {
    fc.assert(compareProperty(analyser), { numRuns: RUNS });
  });

  // Generous time: this is a crash test, not a timing one, and a busy 2-core machine once took over 30 s.
  it('survives 200,000-character runs', { timeout: 180_000 }, () => {
    fc.assert(longTextProperty(analyser), { numRuns: 2 });
  });
});

// The checker itself must catch what it claims to catch.
const BAD_OUTPUTS: ReadonlyArray<readonly [string, unknown]> = [
  ['end past the text', { loadedTerms: [{ start: 0, end: 6 }] }],
  ['start after end', { quotes: [{ start: 3, end: 2 }] }],
  ['negative start', { a: { b: [{ start: -1, end: 1 }] } }],
  ['fractional index', { tone: [{ start: 0.5, end: 2 }] }],
  ['NaN score', { toneMean: Number.NaN }],
  ['infinite rate', { frames: [{ per1000: Number.POSITIVE_INFINITY }] }],
];

const GOOD_OUTPUTS: ReadonlyArray<readonly [string, unknown]> = [
  ['empty span at the end', { blocks: [{ start: 5, end: 5 }] }],
  ['whole text', { blocks: [{ start: 0, end: 5 }] }],
  ['no spans', { wordCount: 0, findings: ['x'] }],
  ['start without end', { start: 99 }],
];

describe('spanProblems', () => {
  it.each(BAD_OUTPUTS)('reports %s', (_name, output) => {
    expect(spanProblems(output, { a: 'hello', b: 'hello' }, () => 'a')).not.toEqual([]);
  });

  it.each(GOOD_OUTPUTS)('accepts %s', (_name, output) => {
    expect(spanProblems(output, { a: 'hello', b: 'hello' }, () => 'a')).toEqual([]);
  });

  it('checks a span against the article it points into', () => {
    const texts = { a: 'short', b: 'a much longer text' };
    const output = { articles: [{ quotes: [] }, { quotes: [{ start: 2, end: 15 }] }] };
    expect(spanProblems(output, texts, comparisonSide)).toEqual([]);
    const wrong = { articles: [{ quotes: [{ start: 2, end: 15 }] }, { quotes: [] }] };
    expect(spanProblems(wrong, texts, comparisonSide)).not.toEqual([]);
  });

  it.each([
    [['overlap', 'a', 3], 'a'],
    [['overlap', 'a', 3, 'match'], 'b'],
    [['overlap', 'b', 0, 'match'], 'a'],
    [['articles', 1, 'loadedTerms', 0], 'b'],
    [['charts', 'tone', 0], 'either'],
  ] as const)('resolves %j to article %s', (path, side) => {
    expect(comparisonSide(path)).toBe(side);
  });

  it('makes the property fail for an analyser that throws or leaks a bad span', () => {
    const throwing: Analyser = {
      analyzeArticle: () => {
        throw new Error('boom');
      },
      compareArticles,
    };
    const leaking: Analyser = {
      analyzeArticle: (text) => ({ quotes: [{ start: 0, end: text.length + 1 }] }),
      compareArticles,
    };
    const thrown = fc.check(analyzeProperty(throwing), { numRuns: 5 });
    expect(thrown.failed).toBe(true);
    expect(String(thrown.errorInstance)).toMatch(/boom/);
    const leaked = fc.check(analyzeProperty(leaking), { numRuns: 5 });
    expect(leaked.failed).toBe(true);
    expect(String(leaked.errorInstance)).toMatch(/outside text/);
  });
});

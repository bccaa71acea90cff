import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisTimeout, compareArticles } from '@/lib/analysis';
import { checkDeadline } from '@/lib/analysis/budget';
import { analyseComparison } from '@/lib/comparisons';
import { AppError } from '@/lib/errors';

const sample = (f: string) => readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8');

describe('checkDeadline', () => {
  it('passes without a deadline or before it, and throws once it is reached', () => {
    expect(() => checkDeadline(undefined)).not.toThrow();
    expect(() => checkDeadline(Date.now() + 60_000)).not.toThrow();
    expect(() => checkDeadline(Date.now())).toThrow(AnalysisTimeout);
  });
});

describe('compareArticles with a time budget', () => {
  it('stops with AnalysisTimeout when the budget is spent', () => {
    expect(() => compareArticles({ text: sample('a') }, { text: sample('b') }, { budgetMs: 0 })).toThrow(
      AnalysisTimeout,
    );
  });

  it('gives the same comparison as no budget when there is time enough', () => {
    const a = { text: sample('a') };
    const b = { text: sample('b') };
    expect(compareArticles(a, b, { budgetMs: 600_000 })).toEqual(compareArticles(a, b));
  });
});

describe('analyseComparison', () => {
  it('turns an overrun into a 503 analysis_timeout the reader can act on', () => {
    const previous = process.env.FRAMELENS_ANALYSIS_BUDGET_MS;
    try {
      process.env.FRAMELENS_ANALYSIS_BUDGET_MS = '0';
      let caught: unknown;
      try {
        analyseComparison({ a: { text: sample('a') }, b: { text: sample('b') } });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).status).toBe(503);
      expect((caught as AppError).code).toBe('analysis_timeout');
    } finally {
      if (previous === undefined) delete process.env.FRAMELENS_ANALYSIS_BUDGET_MS;
      else process.env.FRAMELENS_ANALYSIS_BUDGET_MS = previous;
    }
  });
});

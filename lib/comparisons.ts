import 'server-only';
import { AnalysisTimeout, compareArticles } from '@/lib/analysis';
import type { Comparison } from '@/lib/analysis/types';
import { AppError } from '@/lib/errors';
import { isValidId } from '@/lib/ids';
import { analysisBudgetMs } from '@/lib/limits';
import { loadExample } from '@/lib/samples/example';
import { getStore } from '@/lib/store';
import type { ComparisonInput, StoredComparison } from '@/lib/store/types';
import { parseComparisonInput } from '@/lib/validation';

export { comparisonMetadata } from '@/lib/comparison-metadata';
export type { ComparisonInput, StoredComparison } from '@/lib/store/types';

/** The id of the bundled example; it is analysed on demand and never stored. */
export const EXAMPLE_ID = 'example';

let example: Promise<StoredComparison> | undefined;

function analyseExample(): Promise<StoredComparison> {
  example ??= Promise.resolve().then(() => {
    const { a, b } = loadExample();
    const input: ComparisonInput = { a, b };
    const comparison = compareArticles(a, b);
    return {
      id: EXAMPLE_ID,
      createdAt: new Date().toISOString(),
      modelVersion: comparison.modelVersion,
      input,
      comparison,
    };
  });
  example.catch(() => {
    example = undefined;
  });
  return example;
}

/**
 * The comparison behind a permalink, exactly as it was saved; 'example' is the bundled pair analysed once
 * per process. Null for an unknown id or one of the wrong shape (no database lookup then).
 */
export async function getComparison(id: string): Promise<StoredComparison | null> {
  if (id === EXAMPLE_ID) return analyseExample();
  if (!isValidId(id)) return null;
  return getStore().get(id);
}

/** Analyses within the time budget; an overrun becomes a clear 503 instead of a stuck request. */
function analyseWithinBudget(input: ComparisonInput): Comparison {
  const budgetMs = analysisBudgetMs();
  try {
    return compareArticles(input.a, input.b, { budgetMs });
  } catch (err) {
    if (err instanceof AnalysisTimeout) {
      throw new AppError(
        'analysis_timeout',
        `The analysis took longer than ${budgetMs / 1000} s; try again, or with shorter articles.`,
      );
    }
    throw err;
  }
}

/** Analyses two articles without storing anything (validated again, so server code may pass raw input). */
export function analyseComparison(input: ComparisonInput): Comparison {
  return analyseWithinBudget(parseComparisonInput(input));
}

/**
 * Validates, analyses and saves two articles as a new permalink. Re-analysing an old permalink is this with
 * its stored input: a new id and snapshot, the old one untouched.
 */
export async function createComparison(input: ComparisonInput): Promise<StoredComparison> {
  const parsed = parseComparisonInput(input);
  const comparison = analyseWithinBudget(parsed);
  const record = {
    createdAt: new Date().toISOString(),
    modelVersion: comparison.modelVersion,
    input: parsed,
    comparison,
  };
  const id = await getStore().save(record);
  return { id, ...record };
}

/** The permalink path of a comparison. */
export function permalinkPath(id: string): string {
  return `/c/${encodeURIComponent(id)}`;
}

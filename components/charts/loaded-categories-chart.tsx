'use client';

import type { ChartRows } from '@/lib/analysis/types';
import { PairedBarsChart } from './paired-bars-chart';

/** Loaded terms per 1,000 words in each category, A beside B. */
export function LoadedCategoriesChart({ rows }: { rows: ChartRows['loadedCategories'] }) {
  return (
    <PairedBarsChart
      id="loaded-categories"
      title="Loaded terms per 1,000 words, by category"
      guide="Longer bar = more words of that kind. Article A is solid, article B hatched."
      rows={rows}
      labelHeading="Category"
      empty="No loaded terms in either article."
      rowHeight={44}
      labelWidth={140}
      labelChars={30}
    />
  );
}

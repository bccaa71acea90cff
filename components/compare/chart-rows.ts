import { chartRowsOf as rowsFromAnalysis } from '@/lib/analysis/chart-rows';
import type { ChartRows } from '@/lib/analysis/types';
import type { StoredComparison } from '@/lib/comparisons';

const KEYS = ['loadedCategories', 'voice', 'frames', 'distinctive', 'tone'] as const;

/**
 * The snapshot's chart rows. A snapshot made before a chart existed has none for it; those rows are
 * derived from the same snapshot (never from a re-analysis) by the model's own row builder, so old
 * permalinks still draw every chart. Complete snapshots, the usual case, cost nothing extra.
 */
export function chartRowsOf({ comparison: c, input }: StoredComparison): ChartRows {
  const rows = c.charts;
  if (KEYS.every((k) => rows[k].length > 0)) return rows;
  const [a, b] = c.articles;
  const derived = rowsFromAnalysis(a, b, c.distinctive, { a: input.a.text.length, b: input.b.text.length });
  return {
    loadedCategories: rows.loadedCategories.length > 0 ? rows.loadedCategories : derived.loadedCategories,
    voice: rows.voice.length > 0 ? rows.voice : derived.voice,
    frames: rows.frames.length > 0 ? rows.frames : derived.frames,
    distinctive: rows.distinctive.length > 0 ? rows.distinctive : derived.distinctive,
    tone: rows.tone.length > 0 ? rows.tone : derived.tone,
  };
}

import type { ChartRows, Comparison, LoadedCategory } from '@/lib/analysis/types';
import { LOADED_LABELS } from '@/lib/highlight/marks';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The snapshot's chart rows; where a snapshot made before a chart existed has none, the rows are derived
 * here from the same snapshot (never from a re-analysis), so old permalinks still draw every chart.
 */
export function chartRowsOf(c: Comparison): ChartRows {
  const [a, b] = c.articles;
  const rows = c.charts;
  const per1000 = (n: number, words: number) => (words > 0 ? round((n * 1000) / words) : 0);
  const loadedCategories =
    rows.loadedCategories.length > 0 || a.loadedTerms.length + b.loadedTerms.length === 0
      ? rows.loadedCategories
      : (Object.keys(LOADED_LABELS) as LoadedCategory[])
          .map((category) => ({
            category,
            label: LOADED_LABELS[category],
            a: per1000(
              a.loadedTerms.filter((t) => t.category === category && !t.inQuote).length,
              a.wordCount,
            ),
            b: per1000(
              b.loadedTerms.filter((t) => t.category === category && !t.inQuote).length,
              b.wordCount,
            ),
          }))
          .filter((r) => r.a > 0 || r.b > 0);
  const frames =
    rows.frames.length > 0
      ? rows.frames
      : a.frames.map((f, i) => ({
          dimension: f.dimension,
          label: f.label,
          a: f.per1000,
          b: b.frames[i]?.per1000 ?? 0,
        }));
  const tone =
    rows.tone.length > 0
      ? rows.tone
      : (['a', 'b'] as const).flatMap((side) => {
          const t = (side === 'a' ? a : b).tone;
          return t.map((s, i) => ({
            side,
            sentence: i + 1,
            position: t.length > 1 ? round(i / (t.length - 1)) : 0,
            score: s.score,
          }));
        });
  const distinctive =
    rows.distinctive.length > 0
      ? rows.distinctive
      : [
          ...c.distinctive.a.map((w) => ({ word: w.word, z: w.z, side: 'a' as const })),
          ...c.distinctive.b.map((w) => ({ word: w.word, z: w.z, side: 'b' as const })),
        ];
  return { loadedCategories, voice: rows.voice, frames, distinctive, tone };
}

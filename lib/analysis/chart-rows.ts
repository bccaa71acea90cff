import { loadedCounts, per1000 } from './contrasts';
import { LOADED_CATEGORY_LABELS } from './loaded-labels';
import type { ArticleAnalysis, ChartRows, Distinctive, LoadedCategory, Side } from './types';

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Plain rows for every chart, so the client only draws what the server computed. */
export function chartRowsOf(
  a: ArticleAnalysis,
  b: ArticleAnalysis,
  distinctive: Distinctive,
  textLength: { a: number; b: number },
): ChartRows {
  const ca = loadedCounts(a);
  const cb = loadedCounts(b);
  const loadedCategories = (Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[])
    .map((category) => ({
      category,
      label: LOADED_CATEGORY_LABELS[category],
      a: per1000(ca.get(category) ?? 0, a.wordCount),
      b: per1000(cb.get(category) ?? 0, b.wordCount),
    }))
    .filter((r) => r.a > 0 || r.b > 0);

  const camps = [...new Set([...a.voiceBalance, ...b.voiceBalance].map((r) => r.camp))];
  const voice = camps
    .map((camp) => {
      const ra = a.voiceBalance.find((r) => r.camp === camp);
      const rb = b.voiceBalance.find((r) => r.camp === camp);
      return {
        camp,
        aWords: ra?.quotedWords ?? 0,
        bWords: rb?.quotedWords ?? 0,
        aStatements: ra?.statements ?? 0,
        bStatements: rb?.statements ?? 0,
      };
    })
    .sort(
      (x, y) =>
        y.aWords + y.bWords - (x.aWords + x.bWords) ||
        y.aStatements + y.bStatements - (x.aStatements + x.bStatements),
    );

  const frames = a.frames.map((f) => ({
    dimension: f.dimension,
    label: f.label,
    a: f.per1000,
    b: b.frames.find((g) => g.dimension === f.dimension)?.per1000 ?? 0,
  }));

  const tone = (['a', 'b'] as const satisfies readonly Side[]).flatMap((side) => {
    const length = side === 'a' ? textLength.a : textLength.b;
    return (side === 'a' ? a : b).tone.map((s, i) => ({
      side,
      sentence: i + 1,
      // Where the sentence starts, as a share of the text, so articles of different length share one axis.
      position: length > 0 ? round(s.start / length) : 0,
      score: s.score,
    }));
  });

  return {
    loadedCategories,
    voice,
    frames,
    distinctive: [
      ...distinctive.a.map((w) => ({ word: w.word, z: w.z, side: 'a' as const })),
      ...distinctive.b.map((w) => ({ word: w.word, z: w.z, side: 'b' as const })),
    ],
    tone,
  };
}

import { CATEGORIES, frameOf, loadedCounts, per1000 } from './contrasts';
import { LOADED_CATEGORY_LABELS } from './loaded-labels';
import type { ArticleAnalysis, ChartRows, Distinctive, Side } from './types';

const round = (n: number) => Math.round(n * 1000) / 1000;

const SIDES: readonly Side[] = ['a', 'b'];

/** Plain rows for every chart, so the client only draws what the server computed. */
export function chartRowsOf(
  a: ArticleAnalysis,
  b: ArticleAnalysis,
  distinctive: Distinctive,
  textLength: { a: number; b: number },
): ChartRows {
  const ca = loadedCounts(a);
  const cb = loadedCounts(b);
  const loadedCategories: ChartRows['loadedCategories'] = [];
  for (const category of CATEGORIES) {
    const ra = per1000(ca.get(category) ?? 0, a.wordCount);
    const rb = per1000(cb.get(category) ?? 0, b.wordCount);
    if (ra > 0 || rb > 0)
      loadedCategories.push({ category, label: LOADED_CATEGORY_LABELS[category], a: ra, b: rb });
  }

  // One row per camp either article quotes or paraphrases, in order of first appearance before sorting.
  const rows = new Map<string, ChartRows['voice'][number]>();
  for (const side of SIDES) {
    for (const r of (side === 'a' ? a : b).voiceBalance) {
      let row = rows.get(r.camp);
      if (!row) {
        row = { camp: r.camp, aWords: 0, bWords: 0, aStatements: 0, bStatements: 0 };
        rows.set(r.camp, row);
      }
      if (side === 'a') {
        row.aWords = r.quotedWords;
        row.aStatements = r.statements;
      } else {
        row.bWords = r.quotedWords;
        row.bStatements = r.statements;
      }
    }
  }
  const voice = [...rows.values()].sort(
    (x, y) =>
      y.aWords + y.bWords - (x.aWords + x.bWords) ||
      y.aStatements + y.bStatements - (x.aStatements + x.bStatements),
  );

  const frames = a.frames.map((f, i) => ({
    dimension: f.dimension,
    label: f.label,
    a: f.per1000,
    b: frameOf(b, i, f.dimension)?.per1000 ?? 0,
  }));

  const tone: ChartRows['tone'] = [];
  for (const side of SIDES) {
    const length = side === 'a' ? textLength.a : textLength.b;
    const sentences = (side === 'a' ? a : b).tone;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as (typeof sentences)[number];
      tone.push({
        side,
        sentence: i + 1,
        // Where the sentence starts, as a share of the text, so articles of different length share one axis.
        position: length > 0 ? round(s.start / length) : 0,
        score: s.score,
      });
    }
  }

  const words: ChartRows['distinctive'] = [];
  for (const w of distinctive.a) words.push({ word: w.word, z: w.z, side: 'a' });
  for (const w of distinctive.b) words.push({ word: w.word, z: w.z, side: 'b' });

  return { loadedCategories, voice, frames, distinctive: words, tone };
}

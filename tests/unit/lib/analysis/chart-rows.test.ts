import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartRowsOf } from '@/lib/analysis/chart-rows';
import { compareArticles } from '@/lib/analysis/compare';
import type { ArticleAnalysis } from '@/lib/analysis/types';

const dir = 'data/samples/cluster-munitions';
const ta = readFileSync(`${dir}/a.txt`, 'utf8');
const tb = readFileSync(`${dir}/b.txt`, 'utf8');

describe('chartRowsOf', () => {
  const c = compareArticles({ text: ta }, { text: tb });
  const [a, b] = c.articles;

  it('gives loaded categories per 1,000 words of the outlet’s own voice, zero rows left out', () => {
    for (const row of c.charts.loadedCategories) {
      // The outlet's own voice in body lines: the rate divides by body words.
      const inBody = (x: ArticleAnalysis, at: number) =>
        x.blocks.some((bl) => bl.kind === 'body' && bl.start <= at && at < bl.end);
      const own = (x: ArticleAnalysis) =>
        x.loadedTerms.filter(
          (t) => t.category === row.category && !t.inQuote && !t.inReportedSpeech && inBody(x, t.start),
        ).length;
      expect(row.a).toBeCloseTo((own(a) * 1000) / a.wordCount, 1);
      expect(row.b).toBeCloseTo((own(b) * 1000) / b.wordCount, 1);
      expect(row.a + row.b).toBeGreaterThan(0);
    }
  });

  it('has all fifteen frame dimensions, A and B side by side', () => {
    expect(c.charts.frames).toHaveLength(15);
    expect(c.charts.frames.map((f) => f.a)).toEqual(a.frames.map((f) => f.per1000));
    expect(c.charts.frames.map((f) => f.b)).toEqual(b.frames.map((f) => f.per1000));
  });

  it('puts each tone point at the sentence start as a share of the text', () => {
    const rowsA = c.charts.tone.filter((t) => t.side === 'a');
    expect(rowsA).toHaveLength(a.tone.length);
    expect(rowsA[0]?.position).toBeCloseTo((a.tone[0]?.start ?? 0) / ta.length, 2);
    for (const r of c.charts.tone) {
      expect(r.position).toBeGreaterThanOrEqual(0);
      expect(r.position).toBeLessThanOrEqual(1);
    }
  });

  it('lists every camp heard on either side with both sides’ words', () => {
    const camps = new Set([...a.voiceBalance, ...b.voiceBalance].map((r) => r.camp));
    expect(new Set(c.charts.voice.map((v) => v.camp))).toEqual(camps);
  });

  it('is empty for two analyses with nothing in them', () => {
    const none: ArticleAnalysis = { ...a, loadedTerms: [], voiceBalance: [], tone: [] };
    const rows = chartRowsOf(none, none, { threshold: 1.96, a: [], b: [], note: 'n' }, { a: 1, b: 1 });
    expect(rows).toMatchObject({ loadedCategories: [], voice: [], distinctive: [], tone: [] });
  });
});

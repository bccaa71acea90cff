import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { ArticleAnalysis } from '@/lib/analysis/types';

const dir = 'data/samples/cluster-munitions';
const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as {
  articles: Record<
    'a' | 'b',
    { quotes: { text: string; speaker: string | null; camp: string | null; kind: string }[] }
  >;
};
const analysis: Record<'a' | 'b', ArticleAnalysis> = {
  a: analyzeArticle(readFileSync(`${dir}/a.txt`, 'utf8')),
  b: analyzeArticle(readFileSync(`${dir}/b.txt`, 'utf8')),
};

/** A gold speaker matches by surname or organisation name; unnamed gold speakers need an anonymous speaker in the gold camp. */
function speakerMatches(
  g: { speaker: string | null; camp: string | null },
  s: ArticleAnalysis['quotes'][number]['speaker'],
): boolean {
  if (g.speaker === null) return s === null;
  if (!s) return false;
  if (/unnamed|sources/i.test(g.speaker)) return s.type === 'anonymous' && s.camp === g.camp;
  const key = g.speaker.split(/\s+/).at(-1) ?? g.speaker;
  return s.name.includes(key) && s.camp === g.camp;
}

describe('the example pair against gold.json', () => {
  it.each(['a', 'b'] as const)(
    'finds every gold quote of %s with the gold kind and nearly all speakers',
    (side) => {
      const quotes = analysis[side].quotes;
      let speakersRight = 0;
      for (const g of gold.articles[side].quotes) {
        const q = quotes.find((x) => x.text === g.text);
        expect(q, g.text).toBeDefined();
        expect(q?.kind, g.text).toBe(g.kind === 'scare quote' ? 'scare' : g.kind);
        if (q && speakerMatches(g, q.speaker)) speakersRight++;
      }
      expect(speakersRight).toBeGreaterThanOrEqual(
        gold.articles[side].quotes.length - (side === 'a' ? 1 : 1),
      );
    },
  );

  it('finds at least 23 of the 25 gold speakers', () => {
    let right = 0;
    for (const side of ['a', 'b'] as const)
      for (const g of gold.articles[side].quotes) {
        const q = analysis[side].quotes.find((x) => x.text === g.text);
        if (q && speakerMatches(g, q.speaker)) right++;
      }
    expect(right).toBeGreaterThanOrEqual(23);
  });

  it("cites Politico and CNN in A, and not AFP (A's AFP is a photo credit)", () => {
    const outlets = analysis.a.sources
      .filter((s) => s.type === 'outlet' || s.type === 'wire')
      .map((s) => s.name);
    expect(outlets).toEqual(expect.arrayContaining(['Politico', 'CNN']));
    expect(outlets).not.toContain('Agence France-Presse');
    expect(analysis.a.blocks[1]?.kind).toBe('caption');
  });

  it('cites CNN and AFP in B', () => {
    const outlets = analysis.b.sources
      .filter((s) => s.type === 'outlet' || s.type === 'wire')
      .map((s) => s.name);
    expect(outlets).toEqual(expect.arrayContaining(['CNN', 'Agence France-Presse']));
  });

  it("lists A's anonymous sources", () => {
    const anon = analysis.a.sources.filter((s) => s.type === 'anonymous').map((s) => s.name.toLowerCase());
    for (const name of [
      'two unnamed us officials',
      'a person familiar with the matter',
      'senior us officials',
      'politico sources',
      'an unnamed us official',
    ])
      expect(anon).toContain(name);
    // B's 'Russian officials issued no immediate response' names a silent camp; it is not anonymous sourcing.
    expect(analysis.b.sources.filter((s) => s.type === 'anonymous')).toEqual([]);
    expect(analysis.b.campsNamedNotHeard).toContain('Russian government');
  });

  it("gives B's voice balance the US government, Ukrainian government, rights groups and NATO camps", () => {
    const camps = analysis.b.voiceBalance.map((r) => r.camp);
    expect(camps).toEqual(
      expect.arrayContaining(['United States government', 'Ukrainian government', 'Rights groups', 'NATO']),
    );
    for (const camp of ['United States government', 'Ukrainian government', 'Rights groups', 'NATO'])
      expect(analysis.b.voiceBalance.find((r) => r.camp === camp)?.quotedWords).toBeGreaterThan(0);
  });

  it('quotes no Russian words in A (Ryabkov is paraphrased) and still counts his statement', () => {
    const russian = analysis.a.voiceBalance.find((r) => r.camp === 'Russian government');
    expect(russian?.quotedWords ?? 0).toBe(0);
    expect(russian?.statements).toBe(1);
    expect(analysis.a.quotes.filter((q) => q.speaker?.camp === 'Russian government')).toEqual([]);
  });

  it("keeps A's headline, credit line and 'Read more' out of the body", () => {
    expect(analysis.a.blocks.map((b) => b.kind).slice(0, 2)).toEqual(['headline', 'caption']);
    expect(analysis.a.blocks.find((b) => b.kind === 'boilerplate')).toBeDefined();
  });

  it('gives every quote span the exact text without quotation marks', () => {
    for (const side of ['a', 'b'] as const) {
      const text = readFileSync(`${dir}/${side}.txt`, 'utf8');
      for (const q of analysis[side].quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.text).not.toMatch(/^["“‘']|["”’']$/);
      }
    }
  });
});

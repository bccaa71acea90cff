import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { overlapOf } from '@/lib/analysis/overlap';
import type { OverlapSentence } from '@/lib/analysis/types';

const sample = (f: string) => readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8');

function statusOf(text: string, sentences: OverlapSentence[], words: string): OverlapSentence | undefined {
  return sentences.find((s) => text.slice(s.start, s.end).includes(words));
}

describe('overlapOf', () => {
  const a = sample('a');
  const b = sample('b');
  const o = overlapOf(readArticle(a), readArticle(b));

  it.each<[string, string, 'a' | 'b', OverlapSentence['status']]>([
    ['only B reports Russia’s own dud rates', 'dud rates of between 30% and 40%', 'b', 'only-b'],
    ['only A reports Ryabkov’s escalation warning', 'Ryabkov had earlier warned', 'a', 'only-a'],
    ['both report the US ban on exports above a 1% dud rate', 'banned exports of cluster bombs', 'a', 'both'],
    ['both report it from B’s side too', 'A 2009 U.S. law bans exports', 'b', 'both'],
  ])('%s', (_name, words, side, status) => {
    const s = statusOf(side === 'a' ? a : b, side === 'a' ? o.a : o.b, words);
    expect(s?.status).toBe(status);
  });

  it('points a shared sentence at its match and keeps headline and captions out', () => {
    const shared = statusOf(a, o.a, 'banned exports of cluster bombs');
    expect(shared?.match && b.slice(shared.match.start, shared.match.end)).toContain('2009 U.S. law');
    expect(statusOf(a, o.a, 'controversial ammo will help Kiev')).toBeUndefined();
    expect(statusOf(a, o.a, 'Aris Messinis')).toBeUndefined();
    expect(o.sharedShareA).toBeGreaterThan(0);
    expect(o.sharedShareA).toBeLessThanOrEqual(1);
  });

  it.each([
    [
      'the same sentence',
      'The council approved the new budget on Monday.',
      'The council approved the new budget on Monday.',
      'both',
    ],
    [
      'a paraphrase',
      'The city council approved a budget of $4 million for road repairs.',
      'Road repairs will get $4 million after the city council approved the budget.',
      'both',
    ],
  ])('matches %s', (_name, x, y, status) => {
    expect(overlapOf(readArticle(x), readArticle(y)).a[0]?.status).toBe(status);
  });

  it.each([
    [
      'sentences on the same topic reporting different facts',
      'The council approved the budget on Monday.',
      'Protesters gathered outside the council before dawn.',
    ],
    [
      'sentences sharing only function words',
      'It was what they had said it would be.',
      'They said it was what it would be.',
    ],
  ])('does not match %s', (_name, x, y) => {
    expect(overlapOf(readArticle(x), readArticle(y)).a[0]?.status).toBe('only-a');
  });

  it('counts "US" and "U.S." as one word, and the pronoun "us" as none', () => {
    const same = (x: string, y: string) => overlapOf(readArticle(x), readArticle(y)).a[0]?.similarity;
    expect(same('US officials visited Kyiv on Monday.', 'U.S. officials visited Kyiv on Monday.')).toBe(1);
    expect(same('They told us officials visited Kyiv.', 'They told officials visited Kyiv.')).toBe(1);
  });

  it('handles an empty side', () => {
    const e = overlapOf(readArticle('One sentence here about the war.'), readArticle(''));
    expect(e).toMatchObject({ b: [], sharedShareB: 0, sharedShareA: 0 });
    expect(e.a[0]?.status).toBe('only-a');
  });

  it.each([
    // A quotation of several sentences with its attribution is one unit, straight or curly marks.
    ['"Nobody asked us. Nobody called us. We found out from the news," Howard said.', 1],
    ['“Nobody asked us. Nobody called us,” Howard said. The mandate starts in January.', 2],
    // Sentences outside quotation marks stay apart.
    ['Nobody asked them. Nobody called them. They found out from the news.', 3],
  ])('compares whole quotations in: %s', (text, units) => {
    expect(overlapOf(readArticle(text), readArticle('Something else entirely happened.')).a).toHaveLength(
      units,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectFrames } from '@/lib/analysis/detectors/frames';
import type { FrameDimension } from '@/lib/analysis/types';

/** Frame hits of a body text (a first line that reads as a sentence stays body, not headline). */
function hits(text: string): { dimension: FrameDimension; text: string }[] {
  const doc = readArticle(text);
  return findingsOf(detectFrames(doc, []), 'frame-hit').map((h) => ({
    dimension: h.dimension,
    text: h.text,
  }));
}

describe('detectFrames', () => {
  it.each<[string, FrameDimension, string]>([
    ['The plan will cost taxpayers billions.', 'economic', 'taxpayers'],
    ['Hospitals report a shortage of nurses.', 'capacity-resources', 'shortage'],
    ['It is morally wrong to look away.', 'morality', 'morally'],
    ['Critics call the rule discriminatory.', 'fairness-equality', 'discriminatory'],
    ['The Supreme Court struck the law down.', 'legality', 'Supreme Court'],
    ['The reform proved ineffective.', 'policy', 'ineffective'],
    ['Police made three arrests overnight.', 'crime-punishment', 'arrests'],
    ['Troops massed near the border.', 'security-defense', 'Troops'],
    ['The outbreak spread to two hospitals.', 'health-safety', 'outbreak'],
    ['Families lost their homes in the flood.', 'quality-of-life', 'Families'],
    ['The festival celebrates their heritage.', 'cultural-identity', 'heritage'],
    ['A new poll shows falling support.', 'public-opinion', 'poll'],
    ['Republicans blocked the bill in the Senate.', 'political', 'Republicans'],
    ['The allies met at a summit in Vilnius.', 'external-regulation', 'allies'],
    ['Scientists measured the emissions.', 'other', 'Scientists'],
    ['They did the right thing.', 'morality', 'the right thing'],
  ])('%s -> %s (%s)', (text, dimension, word) => {
    expect(hits(text)).toContainEqual({ dimension, text: word });
  });

  it.each<[string, FrameDimension]>([
    // Names of organisations are not the frame their words would evoke.
    ['Human Rights Watch published a report on Monday.', 'fairness-equality'],
    ['A National Security Council spokesperson spoke on Monday.', 'security-defense'],
    // "campaign" alone is as often military as electoral.
    ["Ukraine's campaign is making slow progress.", 'political'],
    // A fine day is not a penalty.
    ['It was a fine day for a walk.', 'crime-punishment'],
  ])('no false %s hit: %s', (text, dimension) => {
    expect(hits(text).filter((h) => h.dimension === dimension)).toEqual([]);
  });

  it('counts body text only: a headline, caption and credit line give no hits', () => {
    const text = 'Troops gather at the border\nSoldiers on patrol. © Jane Doe / AFP\nThe talks went on.';
    expect(hits(text)).toEqual([]);
  });

  it('gives each hit the exact slice of the input', () => {
    const text = 'Voters worry about inflation and the cost of housing.';
    const doc = readArticle(text);
    const found = findingsOf(detectFrames(doc, []), 'frame-hit');
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("takes no frame from a word of a body's name, but keeps the institution itself", () => {
    const hits = (text: string) =>
      findingsOf(detectFrames(readArticle(text), []), 'frame-hit').map((h) => h.text);
    expect(hits('The rule came from the Environmental Protection Agency on Monday.')).not.toContain(
      'Protection',
    );
    expect(hits('The Natural Resources Defense Council sued on Monday.')).not.toContain('Defense');
    expect(hits('The Supreme Court ruled on Monday.')).toContain('Supreme Court');
    // Outside a name the word is the article's: 'protection' frames security.
    expect(hits('The bill offers protection to workers.')).toContain('protection');
  });

  it('takes no frame from the participle closing a compound adjective', () => {
    const hits = (text: string) =>
      findingsOf(detectFrames(readArticle(text), []), 'frame-hit').map((h) => h.text);
    expect(hits('The union called a job-killing strike.')).not.toContain('killing');
    expect(hits('Gunmen were killing civilians in the town.')).toContain('killing');
  });
});

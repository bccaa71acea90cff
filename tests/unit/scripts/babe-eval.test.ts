import { describe, expect, it } from 'vitest';
import { labelledSpans } from '@/scripts/eval/babe';

const slices = (text: string, labels: string[]) =>
  labelledSpans(text, labels)
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('labelledSpans (BABE gold words as character spans)', () => {
  it('finds every whole-word occurrence, case-insensitively', () => {
    expect(slices('Cats chase cats; a catalogue of Cats.', ['cats'])).toEqual(['Cats', 'cats', 'Cats']);
  });

  it('keeps a hyphenated label whole, so it covers the tokens wink splits it into', () => {
    expect(slices('A well-known, well-worn tale.', ['well-known'])).toEqual(['well-known']);
  });

  it('splits multiword labels into words and treats regex characters literally', () => {
    expect(slices('Costs rose (sharply) to $5.', ['rose (sharply)', '$5'])).toEqual([
      'rose',
      '(sharply)',
      '$5',
    ]);
  });
});

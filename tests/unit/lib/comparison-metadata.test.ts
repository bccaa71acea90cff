import { describe, expect, it } from 'vitest';
import type { Comparison, Contrast } from '@/lib/analysis/types';
import { comparisonMetadata, previewLines } from '@/lib/comparison-metadata';
import type { StoredComparison } from '@/lib/store/types';

function stored(findings: string[], contrasts: Contrast[]): StoredComparison {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    createdAt: '2026-01-01T00:00:00.000Z',
    modelVersion: 't',
    input: { a: { text: 'x', outlet: 'RT' }, b: { text: 'y', outlet: 'AFP' } },
    comparison: { findings, contrasts } as unknown as Comparison,
  };
}

const naming: Contrast = {
  kind: 'naming',
  group: 'kyiv',
  groupLabel: 'Kyiv / Kiev',
  origin: 'lexicon',
  a: [{ variant: 'Kiev', count: 3 }],
  b: [{ variant: 'Kyiv', count: 1 }],
};
const anonymous: Contrast = { kind: 'sourcing', measure: 'anonymous', a: 4, b: 0 };
const equal: Contrast = { kind: 'sourcing', measure: 'outlets', a: 2, b: 2 };
const tone: Contrast = { kind: 'tone', aMean: -0.2, bMean: 0.1 };

describe('previewLines', () => {
  it('puts the findings first, then readable contrasts, at most `max`', () => {
    expect(
      previewLines(stored(['B quotes 9 named speakers, A quotes 1.'], [tone, naming, equal, anonymous])),
    ).toEqual([
      'B quotes 9 named speakers, A quotes 1.',
      'A writes “Kiev” (3×); B writes “Kyiv” (1×)',
      'Anonymous sources: A 4, B 0',
    ]);
  });

  it('skips contrasts that say nothing out of context (tone, equal counts)', () => {
    expect(previewLines(stored([], [tone, equal]))).toEqual([]);
  });
});

describe('comparisonMetadata', () => {
  it('describes with the top two lines as sentences', () => {
    const meta = comparisonMetadata(stored([], [naming, anonymous]));
    expect(meta.title).toBe('RT vs AFP');
    expect(meta.description).toBe('A writes “Kiev” (3×); B writes “Kyiv” (1×). Anonymous sources: A 4, B 0.');
  });

  it('sets metadataBase only from FRAMELENS_PUBLIC_URL', () => {
    expect(comparisonMetadata(stored([], [])).metadataBase).toBeUndefined();
    process.env.FRAMELENS_PUBLIC_URL = 'https://framelens.example.org';
    try {
      expect(String(comparisonMetadata(stored([], [])).metadataBase)).toBe('https://framelens.example.org/');
    } finally {
      delete process.env.FRAMELENS_PUBLIC_URL;
    }
  });
});

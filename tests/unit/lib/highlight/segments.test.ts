import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HighlightSpan, type Segment, segmentsToText, segmentText } from '@/lib/highlight/segments';

interface Tagged extends HighlightSpan {
  tag: string;
}

/** A compact picture of the tree: marks as [tag ... ], text as-is. */
function draw(segments: readonly Segment<Tagged>[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : `[${s.span.tag}${s.first ? '' : "'"} ${draw(s.children)}]`))
    .join('');
}

const t = (tag: string, start: number, end: number): Tagged => ({ tag, start, end });

describe('segmentText', () => {
  const text = 'The quick brown fox';
  const cases: { name: string; spans: Tagged[]; range?: { start: number; end: number }; want: string }[] = [
    { name: 'no spans', spans: [], want: 'The quick brown fox' },
    { name: 'one span', spans: [t('a', 4, 9)], want: 'The [a quick] brown fox' },
    { name: 'whole text', spans: [t('a', 0, 19)], want: '[a The quick brown fox]' },
    { name: 'adjacent spans', spans: [t('a', 4, 9), t('b', 9, 15)], want: 'The [a quick][b  brown] fox' },
    { name: 'nested', spans: [t('o', 0, 15), t('i', 4, 9)], want: '[o The [i quick] brown] fox' },
    {
      name: 'nested given inner first',
      spans: [t('i', 4, 9), t('o', 0, 15)],
      want: '[o The [i quick] brown] fox',
    },
    {
      name: 'crossing spans are split at the outer end',
      spans: [t('a', 0, 9), t('b', 4, 15)],
      want: "[a The [b quick]][b'  brown] fox",
    },
    {
      name: 'identical spans nest by order, then input order',
      spans: [t('x', 4, 9), t('y', 4, 9)],
      want: 'The [x [y quick]] brown fox',
    },
    {
      name: 'same start, longer is outer',
      spans: [t('s', 4, 9), t('l', 4, 15)],
      want: 'The [l [s quick] brown] fox',
    },
    {
      name: 'same end, earlier start is outer',
      spans: [t('s', 10, 15), t('l', 4, 15)],
      want: 'The [l quick [s brown]] fox',
    },
    { name: 'zero-length span is dropped', spans: [t('z', 4, 4)], want: 'The quick brown fox' },
    { name: 'inverted span is dropped', spans: [t('z', 9, 4)], want: 'The quick brown fox' },
    { name: 'span past the end is clamped', spans: [t('p', 16, 500)], want: 'The quick brown [p fox]' },
    { name: 'negative start is clamped', spans: [t('n', -5, 3)], want: '[n The] quick brown fox' },
    { name: 'span wholly outside is dropped', spans: [t('o', 40, 50)], want: 'The quick brown fox' },
    { name: 'NaN bounds are dropped', spans: [t('n', Number.NaN, 3)], want: 'The quick brown fox' },
    {
      name: 'range keeps only its slice and marks a cut-off piece as not first',
      spans: [t('a', 0, 9), t('b', 10, 19)],
      range: { start: 4, end: 15 },
      want: "[a' quick] [b brown]",
    },
    {
      name: 'three-way chain of crossings',
      spans: [t('a', 0, 6), t('b', 3, 12), t('c', 9, 19)],
      want: "[a The[b  qu]][b' ick[c  br]][c' own fox]",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const segments = segmentText(text, c.spans, c.range);
      expect(draw(segments)).toBe(c.want);
      expect(segmentsToText(segments)).toBe(text.slice(c.range?.start ?? 0, c.range?.end ?? text.length));
    });
  }

  it('uses the order function for identical bounds', () => {
    const rank: Record<string, number> = { quote: 0, loaded: 5 };
    const segments = segmentText(
      text,
      [t('loaded', 4, 9), t('quote', 4, 9)],
      undefined,
      (s) => rank[s.tag] ?? 9,
    );
    expect(draw(segments)).toBe('The [quote [loaded quick]] brown fox');
  });

  it('never cuts a surrogate pair', () => {
    const emoji = 'a😀b';
    const segments = segmentText(emoji, [t('x', 2, 4)]);
    expect(segmentsToText(segments)).toBe(emoji);
    for (const s of segments) if (s.kind === 'mark') expect(s.start).toBe(1);
  });

  it('keeps every character exactly once for any spans (property)', () => {
    const span = fc.record({
      start: fc.integer({ min: -5, max: 45 }),
      end: fc.integer({ min: -5, max: 45 }),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(span, { maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (s, spans, x, y) => {
          const range = { start: Math.min(x, y), end: Math.max(x, y) };
          const segments = segmentText(
            s,
            spans.map((p, i) => t(String(i), p.start, p.end)),
            range,
          );
          const lo = Math.min(range.start, s.length);
          expect(segmentsToText(segments)).toBe(s.slice(lo, Math.max(lo, Math.min(range.end, s.length))));
          // Each node's children exactly tile it, and offsets agree with the text.
          const check = (list: readonly Segment<Tagged>[], from: number, to: number) => {
            let at = from;
            for (const n of list) {
              expect(n.start).toBe(at);
              expect(n.end).toBeGreaterThan(n.start);
              if (n.kind === 'text') expect(n.text).toBe(s.slice(n.start, n.end));
              else check(n.children, n.start, n.end);
              at = n.end;
            }
            expect(at).toBe(to);
          };
          check(segments, lo, Math.max(lo, Math.min(range.end, s.length)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives each span at most one first piece, at its own start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 })), {
          maxLength: 10,
        }),
        (pairs) => {
          const s = 'x'.repeat(40);
          const spans = pairs.map(([a, len], i) => t(String(i), a, a + len));
          const firsts = new Map<number, number>();
          const walk = (list: readonly Segment<Tagged>[]) => {
            for (const n of list) {
              if (n.kind !== 'mark') continue;
              if (n.first) {
                expect(n.start).toBe(n.span.start);
                firsts.set(n.index, (firsts.get(n.index) ?? 0) + 1);
              }
              walk(n.children);
            }
          };
          walk(segmentText(s, spans));
          spans.forEach((_, i) => {
            expect(firsts.get(i)).toBe(1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

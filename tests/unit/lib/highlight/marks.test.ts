import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/analysis';
import { firstMarkId, markCategoryOf, marksFor } from '@/lib/highlight/marks';
import { segmentsToText, segmentText } from '@/lib/highlight/segments';

const dir = join(process.cwd(), 'data', 'samples', 'cluster-munitions');
const a = readFileSync(join(dir, 'a.txt'), 'utf8');
const b = readFileSync(join(dir, 'b.txt'), 'utf8');
const comparison = compareArticles({ text: a }, { text: b });

describe('markCategoryOf', () => {
  it.each([
    ['hedge', 'hedge'],
    ['report-verb', 'report-verb'],
    ['evaluative', 'loaded'],
    ['legality', 'loaded'],
    ['harm', 'loaded'],
    ['intensifier', 'loaded'],
    ['informal', 'loaded'],
  ] as const)('%s -> %s', (from, to) => expect(markCategoryOf(from)).toBe(to));
});

describe('marksFor on the bundled example', () => {
  const marksA = marksFor(comparison, 'a');
  const marksB = marksFor(comparison, 'b');

  it('gives every mark a unique id and a span inside its text', () => {
    for (const [marks, text] of [
      [marksA, a],
      [marksB, b],
    ] as const) {
      expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
      for (const m of marks) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });

  it('explains Kiev in A against Kyiv in B', () => {
    const kiev = marksA.find((m) => m.category === 'naming' && a.slice(m.start, m.end) === 'Kiev');
    expect(kiev?.card.counterpart).toContain('B writes ‘Kyiv’');
    expect(kiev?.card.explanation.length).toBeGreaterThan(20);
    const kyiv = marksB.find((m) => m.category === 'naming' && b.slice(m.start, m.end) === 'Kyiv');
    expect(kyiv?.card.counterpart).toContain('A writes ‘Kiev’');
  });

  it('says the other article quotes a name it uses only inside quotation marks', () => {
    const other = 'Agents detained 97 people. "They are illegal aliens," Rep. Carl Dunmore said.';
    const c = compareArticles({ text: 'Agents detained 97 undocumented immigrants.' }, { text: other });
    const mark = marksFor(c, 'a').find((m) => m.category === 'naming');
    expect(mark?.card.counterpart).toBe('B quotes ‘illegal aliens’ (1×).');
  });

  it('offers the stance-free name for a side’s name, and says when a name is the stance-free one', () => {
    const kiev = marksA.find((m) => m.category === 'naming' && a.slice(m.start, m.end) === 'Kiev');
    expect(kiev?.card.neutral).toBe('Kyiv');
    expect(kiev?.card.notes.join(' ')).not.toMatch(/stance-free/);
    const kyiv = marksB.find((m) => m.category === 'naming' && b.slice(m.start, m.end) === 'Kyiv');
    expect(kyiv?.card.neutral).toBeNull();
    expect(kyiv?.card.notes.join(' ')).toMatch(/stance-free name of this group/);
  });

  it('finds the first place of a naming variant for panel links', () => {
    const id = firstMarkId(marksA, 'naming:kyiv:Kiev');
    const first = marksA.find((m) => m.id === id);
    expect(first && a.slice(first.start, first.end)).toBe('Kiev');
    expect(firstMarkId(marksA, 'naming:no-such-group:X')).toBeNull();
  });

  it('keeps both whole texts intact when every mark is laid over them', () => {
    expect(segmentsToText(segmentText(a, marksA))).toBe(a);
    expect(segmentsToText(segmentText(b, marksB))).toBe(b);
  });
});

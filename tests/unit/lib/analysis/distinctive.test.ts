import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { backgroundCount } from '@/lib/analysis/background-words';
import { distinctiveOf, distinctiveWords, Z_THRESHOLD } from '@/lib/analysis/distinctive';

const counts = (entries: Record<string, number>, total: number) => ({
  counts: new Map(Object.entries(entries)),
  total,
});
const sample = (f: string) => readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8');

describe('distinctiveWords', () => {
  it('finds nothing in two tiny texts and says so in a plain note', () => {
    const d = distinctiveOf(
      readArticle('The minister said the plan would help farmers.'),
      readArticle('Farmers said the minister’s plan would hurt them badly.'),
    );
    expect(d).toMatchObject({ threshold: 1.96, a: [], b: [] });
    expect(d.note).toMatch(/no word/i);
  });

  it('shows a word one long text uses again and again, with the sign of z telling the side', () => {
    const d = distinctiveWords(
      counts({ refugees: 30, the: 120 }, 2000),
      counts({ refugees: 1, the: 125 }, 2000),
    );
    expect(d.note).toBeNull();
    expect(d.a.map((w) => w.word)).toEqual(['refugees']);
    expect(d.a[0]?.z).toBeGreaterThan(Z_THRESHOLD);
    expect(d.a[0]).toMatchObject({ countA: 30, countB: 1 });
    const flipped = distinctiveWords(counts({ refugees: 1 }, 2000), counts({ refugees: 30 }, 2000));
    expect(flipped.b[0]?.z).toBeLessThan(-Z_THRESHOLD);
  });

  it.each([
    ['a word used once on one side only', { ukraine: 1 }, {}],
    ['the same rate on both sides', { ukraine: 20 }, { ukraine: 20 }],
    ['a function word used far more on one side', { the: 200 }, { the: 40 }],
  ])('shows nothing for %s', (_name, a, b) => {
    const d = distinctiveWords(counts(a, 1500), counts(b, 1500));
    expect([...d.a, ...d.b]).toEqual([]);
  });

  // Object.prototype member names once hit the prototype in a plain-object lookup: z was NaN, never listed.
  it.each([
    // word, uses in A, uses in B (of 2,000 words each), side it must be listed on (null: not listed)
    ['constructor', 30, 1, 'a'],
    ['__proto__', 30, 1, 'a'],
    ['toString', 1, 30, 'b'],
    ['hasOwnProperty', 30, 0, 'a'],
    ['valueOf', 0, 30, 'b'],
    ['prototype', 30, 1, 'a'], // a real entry of the English list
    ['constructor', 20, 20, null],
    ['constructor', 1, 0, null],
    ['__proto__', 20, 20, null],
    ['toString', 0, 1, null],
  ] as const)('scores %s used %i / %i times like any other word', (word, ya, yb, side) => {
    const of = (n: number) => ({ counts: new Map(n ? [[word, n]] : []), total: 2000 });
    const d = distinctiveWords(of(ya), of(yb));
    for (const w of [...d.a, ...d.b]) expect(Number.isFinite(w.z)).toBe(true);
    expect(d.a.map((w) => w.word)).toEqual(side === 'a' ? [word] : []);
    expect(d.b.map((w) => w.word)).toEqual(side === 'b' ? [word] : []);
  });

  it('lists a repeated "constructor" from real text, and the background list lacks prototype members', () => {
    const rep = (w: string) =>
      Array.from({ length: 30 }, (_, i) => `The ${w} was seen on day ${i}.`).join(' ');
    const d = distinctiveOf(readArticle(rep('constructor')), readArticle(rep('builder')));
    expect(d.a.map((w) => [w.word, w.countA])).toEqual([['constructor', 30]]);
    expect(d.b.map((w) => [w.word, w.countB])).toEqual([['builder', 30]]);
    for (const w of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])
      expect(backgroundCount(w)).toBeUndefined();
    expect(backgroundCount('prototype')).toBeGreaterThan(0);
  });

  it('never lists more than fifteen words a side, strongest first', () => {
    const a: Record<string, number> = {};
    for (let i = 0; i < 30; i++) a[`word${String.fromCharCode(97 + (i % 26))}${i}`] = 40 + i;
    const d = distinctiveWords(counts(a, 5000), counts({}, 5000));
    expect(d.a.length).toBe(15);
    const zs = d.a.map((w) => w.z);
    expect([...zs].sort((x, y) => y - x)).toEqual(zs);
  });

  it('on the example pair keeps to the threshold and counts body words only', () => {
    const d = distinctiveOf(readArticle(sample('a')), readArticle(sample('b')));
    for (const w of d.a) expect(w.z).toBeGreaterThan(Z_THRESHOLD);
    for (const w of d.b) expect(w.z).toBeLessThan(-Z_THRESHOLD);
    expect(d.a.length + d.b.length > 0 ? d.note : 'note').toBeTruthy();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, type PhrasePattern } from '@/lib/analysis/phrase-matcher';
import { tokenize } from '@/lib/analysis/tokenize';

const patterns: PhrasePattern<string>[] = [
  { phrase: 'picked up steam', data: 'pick-up-steam', mode: 'lower' },
  { phrase: 'pick up steam', data: 'pick-up-steam-lemma', mode: 'lemma' },
  { phrase: 'lash out', data: 'lash-out', mode: 'lemma' },
  { phrase: 'sharp', data: 'sharp' },
  { phrase: 'sharp criticism', data: 'sharp-criticism' },
  { phrase: 'long-awaited', data: 'long-awaited' },
  { phrase: 'de-occupation', data: 'de-occupation' },
  { phrase: 'claim', data: 'claim-verb', mode: 'lemma', pos: ['VERB'] },
  { phrase: 'Kiev', data: 'kiev', mode: 'exact', notAfter: ['chicken'], notBefore: ['post'] },
  { phrase: 'defence', data: 'defence-british', mode: 'lower' },
];
const matcher = compilePhrases(patterns);
const found = (text: string) => {
  const doc = tokenize(text);
  return matcher.match(doc.tokens).map((m) => [m.data, text.slice(m.start, m.end)]);
};

describe('compilePhrases', () => {
  it.each([
    ['The talks picked up steam.', [['pick-up-steam', 'picked up steam']]],
    ['Talks are picking up steam.', [['pick-up-steam-lemma', 'picking up steam']]],
    ['He lashed out at critics.', [['lash-out', 'lashed out']]],
    [
      'It drew sharp criticism and a sharp drop.',
      [
        ['sharp-criticism', 'sharp criticism'],
        ['sharp', 'sharp'],
      ],
    ],
    ['A long-awaited counteroffensive.', [['long-awaited', 'long-awaited']]],
    ['The de-occupation of our land.', [['de-occupation', 'de-occupation']]],
    ['CNN claimed that it would.', [['claim-verb', 'claimed']]],
    [
      'Troops near Kiev. Kiev’s troops.',
      [
        ['kiev', 'Kiev'],
        ['kiev', 'Kiev'],
      ],
    ],
    ['The defence ministry.', [['defence-british', 'defence']]],
  ])('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['The claim was false.'],
    ['They ordered chicken Kiev.'],
    ['An article in the Kiev Post.'],
    ['The Kievan Rus state.'],
    ['a kiev slug in lowercase'],
    ['The defense ministry.'],
    ['steam picked up'],
    ['He said lash. Out they went.'],
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never lets matches overlap and keeps them in text order', () => {
    const text = 'sharp criticism sharp criticism sharp';
    const ms = compilePhrases(patterns).match(tokenize(text).tokens);
    expect(ms.map((m) => [m.first, m.last])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('does not match across a paragraph or a line that ends a sentence', () => {
    expect(found('they picked up\n\nsteam later')).toEqual([]);
    expect(found('They picked up.\nSteam rose later')).toEqual([]);
  });

  it('matches across a line broken inside a sentence, as copied text is', () => {
    expect(found('they picked up\nsteam later').length).toBe(1);
  });

  it('matches within a token range only', () => {
    const doc = tokenize('sharp words, sharp words');
    expect(matcher.match(doc.tokens, 2).map((m) => m.start)).toEqual([13]);
  });

  it('on any text, returns ordered, non-overlapping matches whose spans are exact token slices', () => {
    const words = [
      'sharp',
      'criticism',
      'picked',
      'up',
      'steam',
      'Kiev',
      'chicken',
      'long-awaited',
      'the',
      '\n',
      ',',
      'claimed',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (list) => {
        const text = list.join(' ');
        const doc = tokenize(text);
        const ms = matcher.match(doc.tokens);
        let prevLast = 0;
        for (const m of ms) {
          expect(m.first).toBeGreaterThanOrEqual(prevLast);
          expect(m.last).toBeGreaterThan(m.first);
          expect(m.start).toBe(doc.tokens[m.first]?.start);
          expect(m.end).toBe(doc.tokens[m.last - 1]?.end);
          prevLast = m.last;
        }
      }),
      { numRuns: 200 },
    );
  });

  const nouns = compilePhrases<string>([
    { phrase: 'mob', data: 'mob' },
    { phrase: 'bully', data: 'bully' },
    { phrase: 'mob', data: 'mob-form', mode: 'lower' },
  ]);
  const nounsIn = (text: string) =>
    nouns.match(tokenize(text).tokens).map((m) => [m.data, text.slice(m.start, m.end)]);

  it.each([
    // wink reads a capitalised plural opening a sentence as a name and leaves it unlemmatised.
    ['Mobs set fire to the church.', [['mob', 'Mobs']]],
    ['"Bullies," she said.', [['bully', 'Bullies']]],
    ['The mobs set fire to the church.', [['mob', 'mobs']]],
  ])('reads a sentence-opening capitalised plural as its singular: %s', (text, expected) => {
    expect(nounsIn(text)).toEqual(expected);
  });

  it.each([
    // Not inside a sentence (a name), and not for a pattern matched by form.
    ['They met the Mobs in Boston.'],
    ['Thomas Mobs spoke.'],
  ])('leaves other capitalised words alone: %s', (text) => {
    expect(nounsIn(text)).toEqual([]);
  });
});

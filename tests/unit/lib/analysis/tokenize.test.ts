import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakLongRuns, splitBlocks, tokenize, WordTable } from '@/lib/analysis/tokenize';

const sample = (f: string) => readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8');

describe('tokenize', () => {
  it.each(['a', 'b'])('gives every token of sample %s its exact character offsets', (f) => {
    const text = sample(f);
    const doc = tokenize(text);
    expect(doc.tokens.length).toBeGreaterThan(400);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps offsets exact after characters wink counts oddly (U+2028, NBSP, tabs, emoji, combining marks)', () => {
    const text = 'one\u2028two \u00a0three\tfour 👍🏽 five e\u0301 six';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === 'six')?.end).toBe(text.length);
  });

  it('never lets a sentence cross a line break', () => {
    const doc = tokenize('First line has no stop\nSecond line ends. Third sentence here.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'First line has no stop',
      'Second line ends.',
      'Third sentence here.',
    ]);
    expect(doc.sentences.map((s) => s.block)).toEqual([0, 1, 1]);
  });

  it('keeps the original spelling in lower while normal follows wink', () => {
    const doc = tokenize('The defence ministry.');
    expect(doc.tokens[1]?.lower).toBe('defence');
  });

  it('gives the same tokens when every word form is already remembered as when wink is asked', () => {
    const text = sample('a');
    const first = tokenize(text);
    const again = tokenize(`${text}`);
    expect(again.tokens).toEqual(first.tokens);
    expect(again.sentences).toEqual(first.sentences);
  });

  it("keeps a form's lemma per part of speech and reads contractions from wink", () => {
    const doc = tokenize("They can't attack. The attack failed. He's sure it's his.");
    const lemmas = doc.tokens.map((t) => `${t.text}/${t.lemma}`);
    expect(lemmas).toContain('ca/can');
    expect(lemmas).toContain("n't/not");
    expect(lemmas).toContain("'s/be");
    expect(lemmas.filter((l) => l === 'attack/attack')).toHaveLength(2);
    expect(doc.tokens.find((t) => t.text === 'failed')?.lemma).toBe('fail');
  });

  it('finds contraction parts wherever they touch, with curly apostrophes, at line ends and in capitals', () => {
    // The flag is read only for words touching a letter or apostrophe: every kind of contraction must still be found.
    const doc = tokenize("We’re set.\nThey WON'T\nI cannot say. We're sure.");
    const lemmas = doc.tokens.map((t) => `${t.text}/${t.lemma}`);
    expect(lemmas).toContain('’re/be');
    expect(lemmas).toContain('WO/will');
    expect(lemmas).toContain("N'T/not");
    expect(lemmas).toContain("'re/be");
    expect(lemmas).toContain('can/can');
    expect(lemmas).toContain('not/not');
  });

  it('numbers equal words alike: equal lower and lemma strings have equal ids', () => {
    const doc = tokenize('Attack attacks attacked. attack');
    const [a, b, c, , d] = doc.tokens;
    expect(a?.lowerId).toBe(d?.lowerId);
    expect(a?.lowerId).not.toBe(b?.lowerId);
    expect(c?.lemmaId).toBe(d?.lowerId);
  });

  it("reads 'said' as the verb where wink tags it an adjective, but not after an article", () => {
    const said = (text: string) =>
      tokenize(text)
        .tokens.filter((t) => t.lower === 'said')
        .map((t) => [t.pos, t.lemma]);
    expect(said('Officials who declined to be named said talks stalled.')).toEqual([['VERB', 'say']]);
    expect(said('The said agreement was void.')).toEqual([['ADJ', 'said']]);
    // The correction leaves the lemma remembered for the form alone: a later 'said' is still 'say'.
    expect(said('Smith said it was over.')).toEqual([['VERB', 'say']]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('').tokens).toEqual([]);
    expect(tokenize('  \n\n ').blocks).toEqual([]);
  });
});

describe('breakLongRuns (what wink reads)', () => {
  it('leaves text without a 1,000-character run untouched', () => {
    const text = `${'word '.repeat(500)}\n${'x'.repeat(1000)} end`;
    expect(breakLongRuns(text)).toBe(text);
  });

  it('puts a space after every 1,000 characters of a longer run, and nowhere else', () => {
    const out = breakLongRuns(`a b ${'x'.repeat(2500)} c`);
    expect(out).toBe(`a b ${'x'.repeat(1000)} ${'x'.repeat(1000)} ${'x'.repeat(500)} c`);
  });

  it('counts code points, so no surrogate pair is split', () => {
    const out = breakLongRuns('😀'.repeat(1500));
    expect(out.split(' ').map((p) => [...p].length)).toEqual([1000, 500]);
  });
});

describe('tokenize on one 200,000-character run', () => {
  // wink alone takes about 20 s on this (quadratic in the length of one token); split, milliseconds.
  it('reads e + combining accent repeated, with every token inside the text and in order', () => {
    const text = 'e\u0301'.repeat(100_000);
    const doc = tokenize(text);
    expect(doc.tokens.length).toBeGreaterThan(1);
    let end = 0;
    for (const t of doc.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(end);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      end = t.end;
    }
    expect(end).toBe(text.length);
  });
});

describe('WordTable', () => {
  it('computes once per word and recomputes when an id now stands for another word', () => {
    const seen: string[] = [];
    const table = new WordTable((w) => {
      seen.push(w);
      return w.length;
    });
    expect(table.get(3, 'abc')).toBe(3);
    expect(table.get(3, 'abc')).toBe(3);
    expect(table.get(3, 'abcdef')).toBe(6);
    expect(table.get(0, 'x')).toBe(1);
    expect(seen).toEqual(['abc', 'abcdef', 'x']);
  });
});

describe('splitBlocks', () => {
  it('returns trimmed non-empty lines', () => {
    const text = '  Title  \n\nBody one.\r\nBody two.\n';
    expect(splitBlocks(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Title',
      'Body one.',
      'Body two.',
    ]);
  });

  it.each([
    // A line broken inside a sentence (text copied from a PDF or an e-mail) joins the next one.
    ['"We have not forgotten any of them,\nand we will not let them forget," the forum said.', 1],
    ['The ministry said the toll had risen\nto 27 on Tuesday.', 1],
    // A blank line, a sentence's end, a closing quotation mark or a capital keeps lines apart.
    ['The toll had risen\n\nto 27 on Tuesday.', 2],
    ['The toll rose.\nit was 27 on Tuesday.', 2],
    ['Strikes hit the south\nThe army said it was investigating.', 2],
    ['"We will win."\nand so it went.', 2],
  ])('joins a wrapped line in %j', (text, blocks) => {
    expect(splitBlocks(text)).toHaveLength(blocks);
  });

  it.each([
    ['said Cai von Rumohr, an analyst.', 'Cai', 'PROPN'],
    ["Can't you see?", 'Ca', 'AUX'],
    ['Will it rain?', 'Will', 'AUX'],
    ['Is it over?', 'Is', 'AUX'],
  ])(
    'reads a capitalised word wink tags AUX as a name unless it is an auxiliary, in %j',
    (text, word, pos) => {
      expect(tokenize(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
    },
  );

  it.each([
    ['He Yongqian said so.', 'PROPN'],
    ['He said so.', 'PRON'],
    ['He Says It Is Over', 'PRON'],
  ])("tags 'He' a surname only before a given name in %j", (text, pos) => {
    expect(tokenize(text).tokens[0]?.pos).toBe(pos);
  });
});

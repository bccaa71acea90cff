import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/analysis/compare';

const dir = 'data/samples/cluster-munitions';
const ta = readFileSync(`${dir}/a.txt`, 'utf8');
const tb = readFileSync(`${dir}/b.txt`, 'utf8');

describe('compareArticles', () => {
  const c = compareArticles({ text: ta }, { text: tb });

  it('carries a model version made of the code version and a hash of the data', () => {
    expect(c.modelVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{10}$/);
  });

  it('reports the Kiev/Kyiv naming contrast from the lexicon', () => {
    const kyiv = c.contrasts.find((x) => x.kind === 'naming' && x.a.some((r) => r.variant === 'Kiev'));
    expect(kyiv).toMatchObject({
      kind: 'naming',
      a: [{ variant: 'Kiev', count: 3 }],
      b: [{ variant: 'Kyiv', count: 1 }],
    });
  });

  it('has one sourcing contrast per measure and a tone contrast', () => {
    const measures = c.contrasts.flatMap((x) => (x.kind === 'sourcing' ? [x.measure] : []));
    expect(measures).toEqual(['anonymous', 'named-speakers', 'outlets', 'organisations']);
    expect(c.contrasts.filter((x) => x.kind === 'tone')).toEqual([
      { kind: 'tone', aMean: c.articles[0].toneMean, bMean: c.articles[1].toneMean },
    ]);
  });

  it('keeps every span inside its own text', () => {
    for (const [x, text] of [
      [c.articles[0], ta],
      [c.articles[1], tb],
    ] as const) {
      for (const n of x.namingVariants) expect(text.slice(n.start, n.end)).toBe(n.text);
      for (const t of x.loadedTerms) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const f of x.frames) for (const h of f.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    }
    for (const s of c.overlap.a) expect(s.end).toBeLessThanOrEqual(ta.length);
    for (const s of c.overlap.b) expect(s.end).toBeLessThanOrEqual(tb.length);
  });

  it('reports spelling variants of one name as a naming contrast with origin spelling', () => {
    const x = compareArticles(
      { text: 'Alexei Navalny died in prison, his team said. Navalny had been jailed since 2021.' },
      { text: 'Alexey Navalny died in prison, officials said. Alexey Navalny was 47.' },
    );
    const spelling = x.contrasts.find((k) => k.kind === 'naming' && k.origin === 'spelling');
    expect(spelling).toBeDefined();
    expect(x.articles[0].namingVariants.some((n) => n.origin === 'spelling' && n.text === 'Alexei')).toBe(
      true,
    );
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it.each([
    ['empty text', ''],
    ['whitespace only', '  \n\n '],
    ['punctuation only', '!!! ... ???'],
    ['an unclosed quotation', '"This quote never ends and runs on'],
    ['Windows line ends', 'Line one.\r\nThe minister said "yes".\r\n'],
  ])('gives a well-formed comparison for %s', (_name, text) => {
    const x = compareArticles({ text }, { text: 'A short second article about the budget.' });
    expect(x.articles[0].wordCount).toBeGreaterThanOrEqual(0);
    expect(x.distinctive.note).toBeTruthy();
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});

describe('one person, one camp across the two articles', () => {
  const campsOf = (a: string, b: string) =>
    compareArticles({ text: a }, { text: b }).articles.map((x) => ({
      quotes: x.quotes.map((q) => q.speaker?.camp),
      sources: x.sources.map((s) => [s.name, s.camp]),
      voice: x.voiceBalance.map((v) => v.camp),
    }));

  it.each([
    ['President Joe Smith said: "We will win."', 'U.S. President Joe Smith said: "We will fight."'],
    ['"We will win," Joe Smith said.', 'U.S. President Joe Smith said: "We will fight."'],
  ])('gives a vaguer description the fuller one: %s', (a, b) => {
    const [x, y] = campsOf(a, b);
    expect(x?.quotes).toEqual(['United States government']);
    expect(x?.sources).toEqual([['Joe Smith', 'United States government']]);
    expect(x?.voice).toEqual(['United States government']);
    expect(y?.quotes).toEqual(['United States government']);
  });

  it.each([
    // A different name is another person, and a camp that disagrees with the vaguer one is not taken.
    ['President Joe Smith said: "We will win."', 'U.S. President John Smith said: "We will fight."'],
    ['Joe Smith, a resident, said: "We will win."', 'U.S. President Joe Smith said: "We will fight."'],
    ['General Joe Smith said: "We will win."', 'U.S. President Joe Smith said: "We will fight."'],
  ])('leaves a camp that is not a vaguer form of the other: %s', (a, b) => {
    const alone = campsOf(a, 'Nothing was said.')[0]?.quotes;
    expect(campsOf(a, b)[0]?.quotes).toEqual(alone);
    expect(alone).not.toEqual(['United States government']);
  });

  it("gives a person with an office in one article and a party role in the other the office's camp in both", () => {
    const a =
      'Opposition leader Axel Kicillof, the Peronist governor of Buenos Aires province, said: "The cuts are cruel."';
    const b = 'Buenos Aires Governor Axel Kicillof said: "Repressing retirees is a disgrace."';
    const [x, y] = campsOf(a, b);
    expect(campsOf(a, 'Nothing was said.')[0]?.quotes).toEqual(['Argentine politics']);
    expect(x?.quotes).toEqual(['Argentine regional and local government']);
    expect(y?.quotes).toEqual(['Argentine regional and local government']);
  });

  it("gives a person the state's or city's government named in one article over the national one the other reads", () => {
    const a = '"No one likes higher rates," California Insurance Commissioner Rita Roe said on Thursday.';
    const b = 'Insurance Commissioner Rita Roe, a Democrat, defended it, saying it was "necessary".';
    const [x, y] = campsOf(a, b);
    expect(campsOf(b, 'Nothing was said.')[0]?.quotes).toEqual(['United States government']);
    expect(x?.quotes).toEqual(['United States state and local government']);
    expect(y?.quotes).toEqual(['United States state and local government']);
  });
});

describe('naming findings', () => {
  it('quote the words as the article wrote them when they differ from the canonical name', () => {
    const c = compareArticles(
      { text: 'Illegal migrants who cross the Channel will be flown abroad.' },
      { text: 'Undocumented immigrants who cross the border will be flown abroad.' },
    );
    const naming = c.contrasts.find((x) => x.kind === 'naming');
    expect(naming).toMatchObject({ a: [{ variant: 'illegal immigrants', written: 'illegal migrants' }] });
    expect(c.findings[0]).toContain("A writes 'illegal migrants' (1x)");
    // The canonical name itself carries no written form.
    expect(naming?.kind === 'naming' && naming.b[0]?.written).toBeUndefined();
  });
});

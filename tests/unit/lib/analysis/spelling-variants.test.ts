import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { findSpellingVariants, foldName } from '@/lib/analysis/spelling-variants';

const pairOf = (a: string, b: string) => {
  const r = findSpellingVariants(readArticle(a), readArticle(b));
  return {
    a: r.a.map((n) => n.text),
    b: r.b.map((n) => n.text),
    groups: [...new Set([...r.a, ...r.b].map((n) => n.groupLabel))],
  };
};

describe('foldName', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelensky'],
    ['Alexey', 'Alexei'],
    ['Aleksei', 'Alexei'],
    ['Yevgeny', 'Evgeny'],
    ['Shoigu', 'Shoygu'],
    ['Peskov', 'Peskov'],
    ['Dmitry', 'Dmitriy'],
    ['Dmitri', 'Dmitry'],
    ['Zelenskij', 'Zelenskyy'],
    ['Erdoğan', 'Erdogan'],
    ['Khamenei', 'Hamenei'],
    // An initial Arabic qaf, written q or g.
    ['Qaddafi', 'Gaddafi'],
  ])('folds %s and %s together', (x, y) => {
    expect(foldName(x)).toBe(foldName(y));
  });
});

describe('findSpellingVariants', () => {
  it.each([
    ['Opposition leader Alexey Navalny died.', 'Alexei Navalny died in prison.', ['Alexey'], ['Alexei']],
    ['President Zelensky spoke.', 'President Zelenskyy spoke.', ['Zelensky'], ['Zelenskyy']],
    ['Spokesman Ashraf al-Qidra said.', 'Spokesman Ashraf Al Qudra said.', ['al-Qidra'], ['Al Qudra']],
    [
      'Defence minister Sergei Shoigu.',
      'Defense minister Sergey Shoygu.',
      ['Sergei', 'Shoigu'],
      ['Sergey', 'Shoygu'],
    ],
    ['Ryabkov spoke to Sergey Lavrov.', 'Sergei Lavrov replied.', ['Sergey'], ['Sergei']],
    ['Shelling in Kharkov region.', 'Shelling in Kharkiv region.', [], []],
    ['Prophet Mohammed cartoons.', 'Prophet Muhammad cartoons.', ['Mohammed'], ['Muhammad']],
    ['Muammar Gaddafi was killed in 2011.', 'Muammar Qaddafi was killed in 2011.', ['Gaddafi'], ['Qaddafi']],
    // A short name pairs only when it folds to the same string.
    ['Defence chief Igor Petrov spoke.', 'Defence chief Ihor Petrov spoke.', ['Igor'], ['Ihor']],
  ])('reports %j against %j', (a, b, inA, inB) => {
    const r = pairOf(a, b);
    expect(r.a).toEqual(inA);
    expect(r.b).toEqual(inB);
  });

  it.each([
    ['Alexei Navalny died.', 'Alexei Navalny was buried.'],
    ['President Biden spoke.', 'President Macron spoke.'],
    ['Troops near Kiev.', 'Troops near Kyiv.'],
    ['Officials in the US said.', 'Officials in the U.S. said.'],
    ['Jake Sullivan said.', 'Sullivan argued.'],
    ['Navalny died.', 'Nevada voted.'],
    ['Biden spoke in Berlin.', 'Baden voted in Bern.'],
    ['Maria Lopez said.', 'Mario Lopez said.'],
    // A name with letters added at its end is another name: a city and an outlet, not two spellings.
    [
      'Siqueira left the residence in Brasilia on Monday.',
      'Siqueira stayed silent, Brasil Soberano reported.',
    ],
    ['Paula Roe spoke.', 'Paul Roe spoke.'],
    // A photo credit names no one in the story.
    ['Troops waited near Kharkiv.', 'Troops waited.\nPhoto: Anna Kharkov / Reuters'],
    // A country and its adjective are two words, not two spellings.
    ['Argentina owes the Fund money.', 'The Argentine side proposed targets.'],
    // Nor are a country and its people in the plural.
    ['Many Filipinos protested in Manila on Monday.', 'The Philippines withdrew from the court in 2019.'],
    // Short names a letter apart once folded are other names ('Jian' / 'Yuan' fold to 'ian' / 'iuan').
    ['Spokesperson Lin Jian spoke.', 'He spoke outside the Legislative Yuan.'],
  ])('reports nothing for %j against %j', (a, b) => {
    expect(pairOf(a, b)).toEqual({ a: [], b: [], groups: [] });
  });

  // Words that name Object.prototype members must read as "not in the English list", not as a member.
  it.each([
    ['Mayor Konstruktor spoke.', 'Mayor Constructor spoke.', ['Konstruktor'], ['Constructor']],
    ['Mayor Tostring spoke.', 'Mayor Toestring spoke.', ['Tostring'], ['Toestring']],
    ['Mayor Hasownproperty spoke.', 'Mayor Hasownproperti spoke.', ['Hasownproperty'], ['Hasownproperti']],
    ['Mayor Constructor spoke.', 'Mayor Constructor said.', [], []],
    ['Defence cuts were announced.', 'Defense cuts were announced.', [], []],
  ])('with Object.prototype names, reports %j against %j as %j / %j', (a, b, inA, inB) => {
    const r = pairOf(a, b);
    expect(r.a).toEqual(inA);
    expect(r.b).toEqual(inB);
  });

  it('labels the group with both spellings and marks the origin', () => {
    const r = findSpellingVariants(
      readArticle('Kharkov mayor Igor Terekhov.'),
      readArticle('Mayor Ihor Terekhov.'),
    );
    expect(r.a.map((n) => [n.groupLabel, n.variant, n.origin])).toEqual([
      ['Igor / Ihor', 'Igor', 'spelling'],
    ]);
  });

  it('finds no spelling contrast in the sample pair beyond what the lexicon reports', () => {
    const read = (f: string) => readArticle(readFileSync(`data/samples/cluster-munitions/${f}.txt`, 'utf8'));
    const r = findSpellingVariants(read('a'), read('b'));
    expect([...r.a, ...r.b].map((n) => n.text)).toEqual([]);
  });

  it('pairs a first name only when it names the same person on both sides', () => {
    expect(
      pairOf('President Vladimir Putin spoke on Monday.', 'President Volodymyr Zelensky spoke on Monday.')
        .groups,
    ).toEqual([]);
    expect(pairOf('Michelle Obama spoke on Monday.', 'Michael Roe spoke on Monday.').groups).toEqual([]);
    // Russian media's 'Vladimir Zelensky' pairs with 'Volodymyr Zelensky'; B's 'Vladimir Putin' does not.
    const zelensky = pairOf(
      'President Volodymyr Zelensky spoke.',
      'Vladimir Putin met aides. Vladimir Zelensky spoke.',
    );
    expect(zelensky.a).toEqual(['Volodymyr']);
    expect(zelensky.b).toEqual(['Vladimir']);
    expect(
      pairOf('Opposition leader Alexey Navalny spoke.', 'Opposition leader Alexei Navalny spoke.').groups,
    ).toEqual(['Alexey / Alexei']);
  });

  it("pairs no surname on one side with a given name on the other ('Mario Marcel' / 'Marisol Herrera')", () => {
    expect(
      pairOf(
        'Finance Minister Mario Marcel said the government was watching.',
        'Marisol Herrera, whose husband works at the mine, said she was angry.',
      ).groups,
    ).toEqual([]);
    // A surname spelled two ways still pairs ('Sergey Lavrov' / 'Sergei Lavrov' pair on the given name).
    expect(
      pairOf('Minister Ashraf al-Qidra said so.', 'Minister Ashraf Al Qudra said so.').groups,
    ).not.toEqual([]);
  });

  it("pairs no given name on one side with a lone word that is no given name ('Elise Muller' / 'the Elysee')", () => {
    expect(
      pairOf(
        '"Nobody listened," union representative Elise Muller said.',
        'The Elysee said the President was following the investigation.',
      ).groups,
    ).toEqual([]);
    // A name written alone on both sides still pairs.
    expect(pairOf('The Qaddafi family fled.', 'The Gaddafi family fled.').groups).not.toEqual([]);
  });

  it("pairs no word of an outlet's name with a word outside it ('Le Parisien' / 'the Parisian elite')", () => {
    expect(
      pairOf(
        'Le Parisien reported that two suspects were arrested.',
        'Critics branded it a stitch-up among the Parisian elite.',
      ).groups,
    ).toEqual([]);
  });

  it('pairs no name word of two different people, each inside a full name', () => {
    // 'Zeinab Mohammed Salih' is not 'Mohamed Adam el-Tayeb' nor 'Al-Hafiz Bakhit Mohamed'.
    expect(
      pairOf(
        'By Zeinab Mohammed Salih. Residents fled, said Mohamed Adam el-Tayeb.',
        'The governor, Al-Hafiz Bakhit Mohamed, said the city held.',
      ).groups,
    ).toEqual([]);
    // One person's name spelled two ways still pairs, and so does a name standing alone.
    expect(pairOf('Zeinab Mohammed Salih wrote.', 'Zeinab Mohamed Salih wrote.').groups).toEqual([
      'Mohammed / Mohamed',
    ]);
    expect(pairOf('Volodymyr Zelensky spoke.', 'Zelenskyy spoke.').groups).toEqual(['Zelensky / Zelenskyy']);
  });
});

describe('findSpellingVariants: ways of writing, not spellings', () => {
  it.each([
    [
      'The decision was lawful under the Non-Proliferation Treaty.',
      'Nonproliferation experts warn the ban will hurt.',
    ],
    ['Abu Mohammed al-Jolani spoke.', 'Jolani spoke again.'],
  ])('reports no variant for %s / %s', (a, b) => {
    expect(pairOf(a, b).groups).toEqual([]);
  });

  it('still reports a particle name spelled another way', () => {
    expect(pairOf('Ashraf al-Qidra said.', 'Ashraf Al Qudra said.').groups).toHaveLength(1);
  });

  it('counts only the person whose name is spelled two ways: Volodymyr / Vladimir Zelensky, not Vladimir Putin', () => {
    const r = pairOf(
      'Vladimir Putin met his envoy. Volodymyr Zelensky said talks failed. Vladimir Medinsky led the Russian team.',
      'Vladimir Putin spoke. Vladimir Zelensky flew to Istanbul. Vladimir Medinsky spoke.',
    );
    expect([r.a, r.b]).toEqual([['Volodymyr'], ['Vladimir']]);
  });
});

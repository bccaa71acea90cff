import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/analysis/compare';
import { contrastsOf } from '@/lib/analysis/contrasts';
import { findingsOf } from '@/lib/analysis/findings';
import type {
  ArticleAnalysis,
  Distinctive,
  LoadedTerm,
  NamingVariant,
  Overlap,
  Quote,
  SourceCited,
} from '@/lib/analysis/types';

const empty = (over: Partial<ArticleAnalysis> = {}): ArticleAnalysis => ({
  wordCount: 1000,
  // One body line holding every span the fixtures use.
  blocks: [{ start: 0, end: 100_000, kind: 'body' }],
  namingVariants: [],
  loadedTerms: [],
  sources: [],
  quotes: [],
  statements: [],
  voiceBalance: [],
  campsNamedNotHeard: [],
  frames: [],
  tone: [],
  toneMean: 0,
  ...over,
});
const noOverlap: Overlap = { a: [], b: [], sharedShareA: 0, sharedShareB: 0 };
const noWords: Distinctive = { threshold: 1.96, a: [], b: [], note: 'none' };

const naming = (variant: string, n: number): NamingVariant[] =>
  Array.from({ length: n }, (_, i) => ({
    start: i,
    end: i + 1,
    group: 'kyiv',
    groupLabel: 'Kyiv / Kiev',
    variant,
    text: variant,
    inQuote: false,
    note: 'n',
    origin: 'lexicon',
  }));
const anonymous = (n: number): SourceCited[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `unnamed official ${i}`,
    type: 'anonymous',
    affiliation: null,
    camp: null,
    mentions: [{ start: i, end: i + 1, cue: 'told' }],
  }));
const quotedPeople = (n: number): Quote[] =>
  Array.from({ length: n }, (_, i) => ({
    start: i,
    end: i + 1,
    text: 'words',
    kind: 'direct',
    speaker: { name: `Person ${i}`, type: 'person', affiliation: null, camp: 'Camp' },
    verb: 'said',
    verbStance: 'neutral',
    words: 1,
  }));
const loaded = (n: number, inQuote = false): LoadedTerm[] =>
  Array.from({ length: n }, (_, i) => ({
    start: i,
    end: i + 1,
    text: 'controversial',
    term: 'controversial',
    category: 'evaluative',
    inQuote,
    explanation: 'e',
    neutral: null,
    source: 's',
  }));

function findings(a: ArticleAnalysis, b: ArticleAnalysis): string[] {
  return findingsOf(a, b, contrastsOf(a, b), noOverlap, noWords);
}

describe('findingsOf', () => {
  it.each<[string, ArticleAnalysis, ArticleAnalysis, string]>([
    [
      'naming',
      empty({ namingVariants: naming('Kiev', 3) }),
      empty({ namingVariants: naming('Kyiv', 1) }),
      "A writes 'Kiev' (3x), B writes 'Kyiv' (1x).",
    ],
    [
      // The speakers chose the word, not the article: it quotes it.
      'naming inside quotations only',
      empty({ namingVariants: naming('Kiev', 2).map((n) => ({ ...n, inQuote: true })) }),
      empty({ namingVariants: naming('Kyiv', 1) }),
      "A quotes 'Kiev' (2x), B writes 'Kyiv' (1x).",
    ],
    [
      'naming partly inside quotations',
      empty({ namingVariants: naming('Kiev', 3).map((n, i) => ({ ...n, inQuote: i === 0 })) }),
      empty({ namingVariants: naming('Kyiv', 1) }),
      "A writes 'Kiev' (3x, 1 in a quotation), B writes 'Kyiv' (1x).",
    ],
    [
      // One name written, another only quoted: the quoted one is the speaker's choice.
      'naming written and quoted',
      empty({
        namingVariants: [...naming('Kyiv', 2), ...naming('Kiev', 1).map((n) => ({ ...n, inQuote: true }))],
      }),
      empty({ namingVariants: naming('Kyiv', 1) }),
      "A writes 'Kyiv' (2x) and quotes 'Kiev' (1x), B writes 'Kyiv' (1x).",
    ],
    [
      // Reported speech without quotation marks is the outlet's wording.
      'naming in reported speech',
      empty({ namingVariants: naming('Kiev', 1).map((n) => ({ ...n, inReportedSpeech: true })) }),
      empty({ namingVariants: naming('Kyiv', 1) }),
      "A writes 'Kiev' (1x), B writes 'Kyiv' (1x).",
    ],
    [
      'anonymous sources',
      empty({ sources: anonymous(4) }),
      empty(),
      'A relies on 4 anonymous sources, B on none.',
    ],
    [
      'named speakers',
      empty({ quotes: quotedPeople(1) }),
      empty({ quotes: quotedPeople(9) }),
      'B quotes 9 named speakers, A quotes 1.',
    ],
    [
      'loaded terms in the outlet’s own voice',
      empty({ loadedTerms: loaded(6) }),
      empty({ loadedTerms: loaded(1) }),
      "A uses more evaluative labels in its own voice (6 per 1,000 words, e.g. 'controversial') than B (1).",
    ],
    [
      'a camp heard on one side only',
      empty({ voiceBalance: [{ camp: 'NATO', quotedWords: 28, statements: 2 }] }),
      empty(),
      'Only A quotes NATO (28 words); B quotes none of their words.',
    ],
    [
      'a camp both bring up but neither quotes',
      empty({ voiceBalance: [{ camp: 'Russian government', quotedWords: 0, statements: 1 }] }),
      empty({ campsNamedNotHeard: ['Russian government'] }),
      'Neither article quotes the Russian government: A paraphrases it 1x, B names it without quoting it.',
    ],
    [
      'tone',
      empty({ toneMean: -0.3 }),
      empty({ toneMean: 0.1 }),
      "A's sentences score more negative on average in wink-nlp's general sentiment lexicon (tone -0.30 vs +0.10, on a scale from -1 to +1).",
    ],
  ])('states a large %s contrast', (_name, a, b, sentence) => {
    expect(findings(a, b)).toContain(sentence);
  });

  it("counts a headline's loaded terms in no rate: the rate divides by body words", () => {
    const headline = (x: ArticleAnalysis) =>
      ({ ...x, blocks: [{ start: 0, end: 100_000, kind: 'headline' }] }) as ArticleAnalysis;
    const a = headline(empty({ loadedTerms: loaded(6) }));
    expect(findings(a, empty()).join(' ')).not.toContain('evaluative labels');
  });

  it.each<[string, ArticleAnalysis, ArticleAnalysis]>([
    [
      'the same naming on both sides',
      empty({ namingVariants: naming('Kyiv', 3) }),
      empty({ namingVariants: naming('Kyiv', 1) }),
    ],
    ['a name only one side uses', empty({ namingVariants: naming('Kiev', 3) }), empty()],
    ['one anonymous source against none', empty({ sources: anonymous(1) }), empty()],
    [
      'three anonymous sources against two',
      empty({ sources: anonymous(3) }),
      empty({ sources: anonymous(2) }),
    ],
    [
      'five named speakers against four',
      empty({ quotes: quotedPeople(5) }),
      empty({ quotes: quotedPeople(4) }),
    ],
    ['a single loaded term', empty({ loadedTerms: loaded(1) }), empty()],
    ['loaded terms inside quotations only', empty({ loadedTerms: loaded(8, true) }), empty()],
    [
      'loaded terms in reported speech only',
      empty({ loadedTerms: loaded(8).map((t) => ({ ...t, inReportedSpeech: true })) }),
      empty(),
    ],
    [
      'a camp given a few words',
      empty({ voiceBalance: [{ camp: 'NATO', quotedWords: 5, statements: 1 }] }),
      empty(),
    ],
    [
      'a camp only one article brings up',
      empty({ voiceBalance: [{ camp: 'Russian government', quotedWords: 0, statements: 1 }] }),
      empty(),
    ],
    [
      'a camp one article quotes',
      empty({ voiceBalance: [{ camp: 'NATO', quotedWords: 4, statements: 1 }] }),
      empty({ campsNamedNotHeard: ['NATO'] }),
    ],
    ['a small tone difference', empty({ toneMean: -0.05 }), empty({ toneMean: 0.01 })],
  ])('states nothing for %s', (_name, a, b) => {
    expect(findings(a, b)).toEqual([]);
  });

  it('on the example pair names Kiev/Kyiv first and only states numbers the analysis holds', () => {
    const dir = 'data/samples/cluster-munitions';
    const c = compareArticles(
      { text: readFileSync(`${dir}/a.txt`, 'utf8') },
      { text: readFileSync(`${dir}/b.txt`, 'utf8') },
    );
    expect(c.findings[0]).toBe("A writes 'Kiev' (3x), B writes 'Kyiv' (1x).");
    expect(c.findings.length).toBeGreaterThanOrEqual(3);
    expect(c.findings.length).toBeLessThanOrEqual(8);
    const [a, b] = c.articles;
    const anon = c.findings.find((f) => f.includes('anonymous'));
    if (anon) {
      const n = Number(/relies on (\d+)/.exec(anon)?.[1]);
      const counts = [a, b].map((x) => x.sources.filter((s) => s.type === 'anonymous').length);
      expect(counts).toContain(n);
    }
  });

  it('says nothing about speakers whose camp is unknown: they share no side', () => {
    const voice = (camp: string) => [{ camp, quotedWords: 40, statements: 2 }];
    expect(findings(empty({ voiceBalance: voice('Unaffiliated or unknown') }), empty())).toEqual([]);
    expect(findings(empty({ voiceBalance: voice('Government (country not named)') }), empty())).toEqual([]);
    expect(findings(empty({ voiceBalance: voice('Rights groups') }), empty())).toEqual([
      'Only A quotes Rights groups (40 words); B quotes none of their words.',
    ]);
  });
});

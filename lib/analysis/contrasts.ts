import { LOADED_CATEGORY_LABELS } from './loaded-labels';
import type {
  ArticleAnalysis,
  Contrast,
  FrameContrast,
  LoadedCategory,
  LoadedCategoryContrast,
  NamingContrast,
  SourcingContrast,
  ToneContrast,
  VoiceContrast,
} from './types';

const round = (n: number) => Math.round(n * 100) / 100;
export const per1000 = (n: number, words: number) => (words > 0 ? round((n * 1000) / words) : 0);

/** Naming groups where the two articles choose differently (a side that never names the thing is no contrast). */
export function namingContrasts(a: ArticleAnalysis, b: ArticleAnalysis): NamingContrast[] {
  const groups = new Map<string, NamingContrast>();
  const tally = (side: 'a' | 'b', analysis: ArticleAnalysis) => {
    for (const n of analysis.namingVariants) {
      const c = groups.get(n.group) ?? {
        kind: 'naming' as const,
        group: n.group,
        groupLabel: n.groupLabel,
        origin: n.origin,
        a: [],
        b: [],
      };
      const row = c[side].find((r) => r.variant === n.variant);
      if (row) row.count++;
      else c[side].push({ variant: n.variant, count: 1 });
      groups.set(n.group, c);
    }
  };
  tally('a', a);
  tally('b', b);
  return [...groups.values()].filter((c) => {
    const va = new Set(c.a.map((r) => r.variant));
    const vb = new Set(c.b.map((r) => r.variant));
    return va.size > 0 && vb.size > 0 && ([...va].some((v) => !vb.has(v)) || [...vb].some((v) => !va.has(v)));
  });
}

/** Loaded terms in the outlet's own voice (outside quotations) per category. */
export function loadedCounts(x: ArticleAnalysis): Map<LoadedCategory, number> {
  const counts = new Map<LoadedCategory, number>();
  for (const t of x.loadedTerms) if (!t.inQuote) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  return counts;
}

export function loadedContrasts(a: ArticleAnalysis, b: ArticleAnalysis): LoadedCategoryContrast[] {
  const ca = loadedCounts(a);
  const cb = loadedCounts(b);
  return (Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[])
    .filter((category) => (ca.get(category) ?? 0) + (cb.get(category) ?? 0) > 0)
    .map((category) => ({
      kind: 'loaded-category',
      category,
      aPer1000: per1000(ca.get(category) ?? 0, a.wordCount),
      bPer1000: per1000(cb.get(category) ?? 0, b.wordCount),
    }));
}

/** Distinct named people whose words are quoted (scare quotes are the outlet's, not a speaker's). */
export function namedSpeakers(x: ArticleAnalysis): string[] {
  const names = new Set<string>();
  for (const q of x.quotes) if (q.kind !== 'scare' && q.speaker?.type === 'person') names.add(q.speaker.name);
  return [...names];
}

export const anonymousSources = (x: ArticleAnalysis) => x.sources.filter((s) => s.type === 'anonymous');
export const outletSources = (x: ArticleAnalysis) =>
  x.sources.filter((s) => s.type === 'outlet' || s.type === 'wire');
export const organisationSources = (x: ArticleAnalysis) =>
  x.sources.filter((s) => s.type === 'government' || s.type === 'military' || s.type === 'organisation');

export function sourcingContrasts(a: ArticleAnalysis, b: ArticleAnalysis): SourcingContrast[] {
  const row = (
    measure: SourcingContrast['measure'],
    f: (x: ArticleAnalysis) => unknown[],
  ): SourcingContrast => ({
    kind: 'sourcing',
    measure,
    a: f(a).length,
    b: f(b).length,
  });
  return [
    row('anonymous', anonymousSources),
    row('named-speakers', namedSpeakers),
    row('outlets', outletSources),
    row('organisations', organisationSources),
  ];
}

export function voiceContrasts(a: ArticleAnalysis, b: ArticleAnalysis): VoiceContrast[] {
  const camps = new Map<string, VoiceContrast>();
  const get = (camp: string) => {
    const c = camps.get(camp) ?? {
      kind: 'voice' as const,
      camp,
      aQuotedWords: 0,
      bQuotedWords: 0,
      aStatements: 0,
      bStatements: 0,
    };
    camps.set(camp, c);
    return c;
  };
  for (const r of a.voiceBalance)
    Object.assign(get(r.camp), { aQuotedWords: r.quotedWords, aStatements: r.statements });
  for (const r of b.voiceBalance)
    Object.assign(get(r.camp), { bQuotedWords: r.quotedWords, bStatements: r.statements });
  return [...camps.values()].sort(
    (x, y) =>
      y.aQuotedWords + y.bQuotedWords - (x.aQuotedWords + x.bQuotedWords) || (x.camp < y.camp ? -1 : 1),
  );
}

export function frameContrasts(a: ArticleAnalysis, b: ArticleAnalysis): FrameContrast[] {
  return a.frames.map((f) => ({
    kind: 'frame',
    dimension: f.dimension,
    aPer1000: f.per1000,
    bPer1000: b.frames.find((g) => g.dimension === f.dimension)?.per1000 ?? 0,
  }));
}

export const toneContrast = (a: ArticleAnalysis, b: ArticleAnalysis): ToneContrast => ({
  kind: 'tone',
  aMean: a.toneMean,
  bMean: b.toneMean,
});

/** Every contrast between the two analyses, in a fixed order of kinds. */
export function contrastsOf(a: ArticleAnalysis, b: ArticleAnalysis): Contrast[] {
  return [
    ...namingContrasts(a, b),
    ...loadedContrasts(a, b),
    ...sourcingContrasts(a, b),
    ...voiceContrasts(a, b),
    ...frameContrasts(a, b),
    toneContrast(a, b),
  ];
}

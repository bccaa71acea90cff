import { analyzeArticle } from './analyze';
import type { ArticleAnalysis, ArticleInput, Comparison, NamingContrast } from './types';
import { modelVersion } from './version';

function namingContrasts(a: ArticleAnalysis, b: ArticleAnalysis): NamingContrast[] {
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
  // A contrast is reported only when the two articles choose differently.
  return [...groups.values()].filter((c) => {
    const va = new Set(c.a.map((r) => r.variant));
    const vb = new Set(c.b.map((r) => r.variant));
    return va.size > 0 && vb.size > 0 && [...va].some((v) => !vb.has(v));
  });
}

/** Analyses both articles and sets them against each other. */
export function compareArticles(inputA: ArticleInput, inputB: ArticleInput): Comparison {
  const a = analyzeArticle(inputA.text);
  const b = analyzeArticle(inputB.text);
  return {
    modelVersion: modelVersion([]),
    articles: [a, b],
    contrasts: [...namingContrasts(a, b)],
    findings: [],
    overlap: { a: [], b: [], sharedShareA: 0, sharedShareB: 0 },
    distinctive: { threshold: 1.96, a: [], b: [], note: 'Distinctive words are not computed yet.' },
    charts: { loadedCategories: [], voice: [], frames: [], distinctive: [], tone: [] },
  };
}

// BABE (Spinde et al. 2021) dev half: token-level precision/recall/F1 of Framelens' loaded-term and naming
// highlights against the words annotators marked as biased. Measure only: nothing from the set enters the project.
import { readFileSync } from 'node:fs';
import { readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectLoadedTerms } from '@/lib/analysis/detectors/loaded-terms';
import { detectNamingVariants } from '@/lib/analysis/detectors/naming-variants';
import type { Span } from '@/lib/analysis/types';
import { isNeutralVariant } from '@/lib/lexicons/naming-variants';

interface BabeRow {
  id: string;
  text: string;
  label_bias: string;
  biased_words_found_in_text: string[];
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface BabeScore {
  sentences: number;
  goldTokens: number;
  predictedTokens: number;
  truePositives: number;
  /** Headline: loaded-term highlights plus naming highlights of a loaded (not the stance-free) variant. */
  precision: number;
  recall: number;
  f1: number;
  /** Loaded-term highlights alone (naming variants left out). */
  loadedOnly: Prf;
  /** Every naming highlight counted, the stance-free variant ('Kyiv', 'estate tax') too: the definition before 0.2.0. */
  withNeutralNaming: Prf;
  /** The headline without hedges, which mark epistemic distance rather than one-sided wording (for reading only). */
  withoutHedges: Prf;
  /**
   * Highlighted tokens, hits and precision per loaded-term category, 'naming' (loaded variants) and
   * 'naming-neutral' (stance-free variants, not in the headline); a token is credited to its first highlight.
   */
  byCategory: Record<string, { predicted: number; hits: number; precision: number }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Character spans of every labelled word in the sentence (case-insensitive, whole words only). Labels are
 * whitespace-separated words as written, so a hyphenated label ('well-known') covers every token wink splits
 * it into; comparing labels with single tokens would leave such words unscorable.
 */
export function labelledSpans(text: string, labels: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const words = new Set(labels.flatMap((w) => w.toLowerCase().split(/\s+/)).filter(Boolean));
  const spans: Span[] = [];
  for (const w of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of lower.matchAll(re)) spans.push({ start: m.index, end: m.index + w.length });
  }
  return spans;
}

const inside = (t: Span) => (s: Span) => s.start <= t.start && t.end <= s.end;

/** Scores loaded-term + naming highlights against BABE's biased-word labels over all sentences. */
export async function evalBabe(file = '../shared/eval/babe-dev.jsonl'): Promise<BabeScore> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BabeRow);
  /** One entry per word token: whether it is labelled, and the categories of the highlights covering it. */
  const tokens: { gold: boolean; categories: string[] }[] = [];
  for (const row of rows) {
    const doc = readArticle(row.text);
    const labelled = labelledSpans(row.text, row.biased_words_found_in_text);
    const highlights: (Span & { category: string })[] = [
      ...findingsOf(detectLoadedTerms(doc, []), 'loaded-term').map((t) => ({ ...t, category: t.category })),
      ...findingsOf(detectNamingVariants(doc, []), 'naming').map((n) => ({
        ...n,
        category: isNeutralVariant(n.group, n.variant) ? 'naming-neutral' : 'naming',
      })),
    ];
    for (const t of doc.tokens) {
      if (!t.isWord) continue;
      const covering = highlights.filter(inside(t)).map((h) => h.category);
      tokens.push({ gold: labelled.some(inside(t)), categories: covering });
    }
  }
  const gold = tokens.filter((t) => t.gold).length;
  const score = (counted: (category: string) => boolean) => {
    let predicted = 0;
    let tp = 0;
    for (const t of tokens) {
      if (!t.categories.some(counted)) continue;
      predicted++;
      if (t.gold) tp++;
    }
    const p = predicted ? tp / predicted : 0;
    const r = gold ? tp / gold : 0;
    return { predicted, tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const prf = (s: ReturnType<typeof score>): Prf => ({
    precision: round(s.p),
    recall: round(s.r),
    f1: round(s.f1),
  });
  const headline = score((c) => c !== 'naming-neutral');
  const byCategory: BabeScore['byCategory'] = {};
  for (const t of tokens) {
    const first = t.categories[0];
    if (!first) continue;
    const c = byCategory[first] ?? { predicted: 0, hits: 0, precision: 0 };
    byCategory[first] = c;
    c.predicted++;
    if (t.gold) c.hits++;
  }
  for (const c of Object.values(byCategory)) c.precision = round(c.predicted ? c.hits / c.predicted : 0);
  return {
    sentences: rows.length,
    goldTokens: gold,
    predictedTokens: headline.predicted,
    truePositives: headline.tp,
    precision: round(headline.p),
    recall: round(headline.r),
    f1: round(headline.f1),
    loadedOnly: prf(score((c) => !c.startsWith('naming'))),
    withNeutralNaming: prf(score(() => true)),
    withoutHedges: prf(score((c) => c !== 'naming-neutral' && c !== 'hedge')),
    byCategory,
  };
}

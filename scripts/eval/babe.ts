// BABE (Spinde et al. 2021) dev half: token-level precision/recall/F1 of Framelens' loaded-term and naming
// highlights against the words annotators marked as biased. Measure only: nothing from the set enters the project.
import { readFileSync } from 'node:fs';
import { readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectLoadedTerms } from '@/lib/analysis/detectors/loaded-terms';
import { detectNamingVariants } from '@/lib/analysis/detectors/naming-variants';
import type { Span } from '@/lib/analysis/types';

interface BabeRow {
  id: string;
  text: string;
  label_bias: string;
  biased_words_found_in_text: string[];
}

export interface BabeScore {
  sentences: number;
  goldTokens: number;
  predictedTokens: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** The same scores for loaded-term highlights alone (naming variants left out). */
  loadedOnly: { precision: number; recall: number; f1: number };
  /** Highlighted tokens and hits per loaded-term category (and 'naming'), to see what each contributes. */
  byCategory: Record<string, { predicted: number; hits: number }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of lower.matchAll(re)) spans.push({ start: m.index, end: m.index + w.length });
  }
  return spans;
}

/** Scores loaded-term + naming highlights against BABE's biased-word labels over all sentences. */
export async function evalBabe(file = '../shared/eval/babe-dev.jsonl'): Promise<BabeScore> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BabeRow);
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  const byCategory: BabeScore['byCategory'] = {};
  for (const row of rows) {
    const doc = readArticle(row.text);
    const labelled = labelledSpans(row.text, row.biased_words_found_in_text);
    const highlights: (Span & { category: string })[] = [
      ...findingsOf(detectLoadedTerms(doc, []), 'loaded-term').map((t) => ({ ...t, category: t.category })),
      ...findingsOf(detectNamingVariants(doc, []), 'naming').map((n) => ({ ...n, category: 'naming' })),
    ];
    for (const t of doc.tokens) {
      if (!t.isWord) continue;
      const isGold = labelled.some((s) => s.start <= t.start && t.end <= s.end);
      const h = highlights.find((s) => s.start <= t.start && t.end <= s.end);
      if (isGold) gold++;
      if (!h) continue;
      predicted++;
      const c = byCategory[h.category] ?? { predicted: 0, hits: 0 };
      byCategory[h.category] = c;
      c.predicted++;
      if (isGold) {
        tp++;
        c.hits++;
      }
    }
  }
  const prf = (tpN: number, predN: number) => {
    const p = predN ? tpN / predN : 0;
    const r = gold ? tpN / gold : 0;
    return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
  };
  const naming = byCategory.naming ?? { predicted: 0, hits: 0 };
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    sentences: rows.length,
    goldTokens: gold,
    predictedTokens: predicted,
    truePositives: tp,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    loadedOnly: prf(tp - naming.hits, predicted - naming.predicted),
    byCategory,
  };
}

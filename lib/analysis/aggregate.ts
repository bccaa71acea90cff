import { type AnalysisDoc, type Finding, findingsOf } from './detector';
import { FRAME_LABELS } from './frame-labels';
import type { ArticleAnalysis, FrameDimension, FrameScore, SourceCited } from './types';
import { voiceBalanceOf } from './voice-balance';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Words in body blocks only: headline, captions, credits and boilerplate are not part of the article's voice. */
export function countBodyWords(doc: AnalysisDoc): number {
  let words = 0;
  for (const t of doc.tokens) if (t.isWord && doc.blockKinds[t.block] === 'body') words++;
  return words;
}

function groupSources(findings: readonly Finding[]): SourceCited[] {
  const byKey = new Map<string, SourceCited>();
  for (const m of findingsOf(findings, 'source-mention')) {
    const key = `${m.type}:${m.name.toLowerCase()}`;
    const entry = byKey.get(key) ?? {
      name: m.name,
      type: m.type,
      affiliation: m.affiliation,
      camp: m.camp,
      mentions: [],
    };
    entry.mentions.push({ start: m.start, end: m.end, cue: m.cue });
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
}

function frameScores(findings: readonly Finding[], wordCount: number): FrameScore[] {
  const hits = new Map<FrameDimension, FrameScore['hits']>();
  for (const h of findingsOf(findings, 'frame-hit')) {
    const list = hits.get(h.dimension) ?? [];
    list.push({ start: h.start, end: h.end, text: h.text });
    hits.set(h.dimension, list);
  }
  return (Object.keys(FRAME_LABELS) as FrameDimension[]).map((dimension) => {
    const list = hits.get(dimension) ?? [];
    return {
      dimension,
      label: FRAME_LABELS[dimension],
      per1000: wordCount ? round((list.length * 1000) / wordCount) : 0,
      hits: list,
    };
  });
}

/** Turns one article's findings into the counted, grouped ArticleAnalysis. */
export function aggregate(doc: AnalysisDoc, findings: readonly Finding[]): ArticleAnalysis {
  const wordCount = countBodyWords(doc);
  const quotes = findingsOf(findings, 'quote');
  const statements = findingsOf(findings, 'statement');
  const sources = groupSources(findings);
  const voiceBalance = voiceBalanceOf(quotes, statements);
  const heard = new Set(voiceBalance.map((r) => r.camp));
  // Outlets relay others; a camp is 'named but not heard' only for the people and bodies cited.
  const campsNamedNotHeard = [
    ...new Set(
      sources
        .filter((s) => s.type !== 'outlet' && s.type !== 'wire')
        .map((s) => s.camp)
        .filter((c): c is string => c !== null && !heard.has(c)),
    ),
  ];
  const tone = doc.sentences
    .filter((s) => doc.blockKinds[s.block] === 'body')
    .map((s) => ({ start: s.start, end: s.end, score: round(s.sentiment, 3) }));
  const toneMean = tone.length ? round(tone.reduce((sum, s) => sum + s.score, 0) / tone.length, 3) : 0;
  return {
    wordCount,
    blocks: doc.blocks.map((b, i) => ({ start: b.start, end: b.end, kind: doc.blockKinds[i] ?? 'body' })),
    namingVariants: findingsOf(findings, 'naming'),
    loadedTerms: findingsOf(findings, 'loaded-term'),
    sources,
    quotes,
    statements,
    voiceBalance,
    campsNamedNotHeard,
    frames: frameScores(findings, wordCount),
    tone,
    toneMean,
  };
}

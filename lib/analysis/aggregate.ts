import type { AnalysisDoc, Finding, SourceMentionFinding } from './detector';
import { FRAME_LABELS } from './frame-labels';
import type {
  ArticleAnalysis,
  FrameDimension,
  FrameHit,
  FrameScore,
  LoadedTerm,
  NamingVariant,
  Quote,
  SourceCited,
  Statement,
  TextBlock,
  ToneSentence,
} from './types';
import { voiceBalanceOf } from './voice-balance';

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Words in body blocks only: headline, captions, credits and boilerplate are not part of the article's voice. */
export function countBodyWords(doc: AnalysisDoc): number {
  const { tokens, blockKinds } = doc;
  let words = 0;
  for (const t of tokens) if (t.isWord && blockKinds[t.block] === 'body') words++;
  return words;
}

/** Mentions of one source, grouped by type and lowercased name, in order of first mention. */
function groupSources(mentions: readonly SourceMentionFinding[]): SourceCited[] {
  const sources: SourceCited[] = [];
  // Per type: entries by lowercased name, and by the exact names met (a source is mostly named one way, so
  // most mentions find theirs without lowercasing).
  const byType = new Map<string, { lower: Map<string, SourceCited>; exact: Map<string, SourceCited> }>();
  for (const m of mentions) {
    let names = byType.get(m.type);
    if (!names) {
      names = { lower: new Map(), exact: new Map() };
      byType.set(m.type, names);
    }
    let entry = names.exact.get(m.name);
    if (!entry) {
      const lower = m.name.toLowerCase();
      entry = names.lower.get(lower);
      if (!entry) {
        entry = { name: m.name, type: m.type, affiliation: m.affiliation, camp: m.camp, mentions: [] };
        names.lower.set(lower, entry);
        sources.push(entry);
      }
      names.exact.set(m.name, entry);
    }
    entry.mentions.push({ start: m.start, end: m.end, cue: m.cue });
  }
  return sources.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
}

const DIMENSIONS = Object.keys(FRAME_LABELS) as FrameDimension[];

function frameScores(
  frameHits: readonly (FrameHit & { dimension: FrameDimension })[],
  wordCount: number,
): FrameScore[] {
  const hits = new Map<FrameDimension, FrameScore['hits']>();
  for (const h of frameHits) {
    const list = hits.get(h.dimension);
    const hit = { start: h.start, end: h.end, text: h.text };
    if (list) list.push(hit);
    else hits.set(h.dimension, [hit]);
  }
  return DIMENSIONS.map((dimension) => {
    const list = hits.get(dimension) ?? [];
    return {
      dimension,
      label: FRAME_LABELS[dimension],
      per1000: wordCount ? round2((list.length * 1000) / wordCount) : 0,
      hits: list,
    };
  });
}

/** Turns one article's findings into the counted, grouped ArticleAnalysis. */
export function aggregate(doc: AnalysisDoc, findings: readonly Finding[]): ArticleAnalysis {
  const wordCount = countBodyWords(doc);
  // The findings by kind, in the order they were found, in one pass.
  const quotes: Quote[] = [];
  const statements: Statement[] = [];
  const namingVariants: NamingVariant[] = [];
  const loadedTerms: LoadedTerm[] = [];
  const mentions: SourceMentionFinding[] = [];
  const frameHits: (FrameHit & { dimension: FrameDimension })[] = [];
  for (const f of findings) {
    if (f.kind === 'quote') quotes.push(f.value);
    else if (f.kind === 'statement') statements.push(f.value);
    else if (f.kind === 'naming') namingVariants.push(f.value);
    else if (f.kind === 'loaded-term') loadedTerms.push(f.value);
    else if (f.kind === 'source-mention') mentions.push(f.value);
    else if (f.kind === 'frame-hit') frameHits.push(f.value);
  }
  const sources = groupSources(mentions);
  const voiceBalance = voiceBalanceOf(quotes, statements);
  // Outlets relay others; a camp is 'named but not heard' only for the people and bodies cited.
  const campsNamedNotHeard: string[] = [];
  for (const s of sources) {
    const c = s.camp;
    if (s.type === 'outlet' || s.type === 'wire' || c === null || campsNamedNotHeard.includes(c)) continue;
    if (!voiceBalance.some((r) => r.camp === c)) campsNamedNotHeard.push(c);
  }
  const { blockKinds } = doc;
  const tone: ToneSentence[] = [];
  let toneSum = 0;
  for (const s of doc.sentences) {
    if (blockKinds[s.block] !== 'body') continue;
    const score = round3(s.sentiment);
    tone.push({ start: s.start, end: s.end, score });
    toneSum += score;
  }
  const toneMean = tone.length ? round3(toneSum / tone.length) : 0;
  const blocks: TextBlock[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i] as (typeof doc.blocks)[number];
    blocks.push({ start: b.start, end: b.end, kind: blockKinds[i] ?? 'body' });
  }
  return {
    wordCount,
    blocks,
    namingVariants,
    loadedTerms,
    sources,
    quotes,
    statements,
    voiceBalance,
    campsNamedNotHeard,
    frames: frameScores(frameHits, wordCount),
    tone,
    toneMean,
  };
}

import type { AnalysisDoc, Finding, SourceMentionFinding } from './detector';
import { FRAME_LABELS } from './frame-labels';
import type { Token } from './tokenize';
import type {
  ArticleAnalysis,
  FrameDimension,
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
  const { tokens, blocks, blockKinds } = doc;
  let words = 0;
  // Blocks hold their token ranges: only body blocks' tokens are looked at.
  for (let b = 0; b < blocks.length; b++) {
    if (blockKinds[b] !== 'body') continue;
    const { first, last } = blocks[b] as (typeof blocks)[number];
    for (let i = first; i < last; i++) if ((tokens[i] as Token).isWord) words++;
  }
  return words;
}

/** Mentions of one source, grouped by type and lowercased name, in order of first mention. */
function groupSources(mentions: readonly SourceMentionFinding[]): SourceCited[] {
  const sources: SourceCited[] = [];
  // Entries by the exact name first met with them (a source is mostly named one way, so most mentions find
  // theirs without lowercasing), and per lowercased name the entries of each type that has it.
  const exact = new Map<string, SourceCited>();
  const lower = new Map<string, SourceCited[]>();
  let sorted = true;
  for (const m of mentions) {
    let entry = exact.get(m.name);
    if (entry?.type !== m.type) {
      const key = m.name.toLowerCase();
      const entries = lower.get(key);
      entry = undefined;
      if (entries) for (const e of entries) if (e.type === m.type) entry = e;
      if (!entry) {
        entry = { name: m.name, type: m.type, affiliation: m.affiliation, camp: m.camp, mentions: [] };
        if (entries) entries.push(entry);
        else lower.set(key, [entry]);
        const prev = sources.at(-1);
        if (prev && (prev.mentions[0]?.start ?? 0) > m.start) sorted = false;
        sources.push(entry);
      }
      if (!exact.has(m.name)) exact.set(m.name, entry);
    }
    entry.mentions.push({ start: m.start, end: m.end, cue: m.cue });
  }
  const merged = mergeSurnames(sources);
  // Mentions nearly always come in text order, and then so do the sources.
  return sorted && merged === sources
    ? sources
    : merged.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
}

/**
 * 'Don Fowler said ... Fowler argued': a person cited by surname alone is the one person cited by a full name
 * ending in it (or starting with it, when short: 'Guo Jiakun' ... 'Guo said'). Left apart when two people
 * share the name ('Bill Clinton', 'Hillary Clinton').
 */
function mergeSurnames(sources: SourceCited[]): SourceCited[] {
  let bySurname: Map<string, SourceCited | null> | null = null;
  for (const s of sources) {
    if (s.type !== 'person' || !s.name.includes(' ')) continue;
    bySurname ??= new Map();
    const surname = s.name.slice(s.name.lastIndexOf(' ') + 1).toLowerCase();
    // A short first word may be the family name too ('Guo Jiakun' ... 'Guo').
    const first = s.name.slice(0, s.name.indexOf(' ')).toLowerCase();
    for (const key of first.length <= 4 ? [surname, first] : [surname])
      bySurname.set(key, bySurname.has(key) && bySurname.get(key) !== s ? null : s);
  }
  if (!bySurname) return sources;
  const kept: SourceCited[] = [];
  for (const s of sources) {
    const full = s.type === 'person' && !s.name.includes(' ') ? bySurname.get(s.name.toLowerCase()) : null;
    if (!full) {
      kept.push(s);
      continue;
    }
    full.mentions.push(...s.mentions);
    full.mentions.sort((x, y) => x.start - y.start);
  }
  return kept.length === sources.length ? sources : kept;
}

const DIMENSIONS = Object.keys(FRAME_LABELS) as FrameDimension[];
/** Each dimension's place in DIMENSIONS. */
const DIMENSION_INDEX = new Map(DIMENSIONS.map((d, i) => [d, i]));

/** Frame hits per dimension, in DIMENSIONS order, and their rate. */
function frameScores(hits: readonly FrameScore['hits'][], wordCount: number): FrameScore[] {
  const scores: FrameScore[] = [];
  for (let i = 0; i < DIMENSIONS.length; i++) {
    const dimension = DIMENSIONS[i] as FrameDimension;
    const list = hits[i] as FrameScore['hits'];
    scores.push({
      dimension,
      label: FRAME_LABELS[dimension],
      per1000: wordCount ? round2((list.length * 1000) / wordCount) : 0,
      hits: list,
    });
  }
  return scores;
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
  // Frame hits straight into their dimension's list.
  const frameHits: FrameScore['hits'][] = DIMENSIONS.map(() => []);
  for (const f of findings) {
    if (f.kind === 'quote') quotes.push(f.value);
    else if (f.kind === 'statement') statements.push(f.value);
    else if (f.kind === 'naming') namingVariants.push(f.value);
    else if (f.kind === 'loaded-term') loadedTerms.push(f.value);
    else if (f.kind === 'source-mention') mentions.push(f.value);
    else if (f.kind === 'frame-hit') {
      const h = f.value;
      const i = DIMENSION_INDEX.get(h.dimension);
      if (i !== undefined) frameHits[i]?.push({ start: h.start, end: h.end, text: h.text });
    }
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

import {
  andList,
  CATEGORIES,
  inBody,
  loadedCounts,
  namingClause,
  per1000,
  quotedShare,
  sourcingContrasts,
} from './contrasts';
import { FRAME_LABELS } from './frame-labels';
import type {
  ArticleAnalysis,
  Contrast,
  Distinctive,
  FrameContrast,
  LoadedCategory,
  NamingContrast,
  Overlap,
  SourcingContrast,
  VoiceBalanceRow,
} from './types';

/** At most this many findings: the header shows a handful, largest contrasts first. */
export const MAX_FINDINGS = 8;

/** Thresholds below which a contrast is too small to state. */
export const MIN = {
  /** Loaded terms per 1,000 words: the difference, and at least this many terms on the larger side. */
  loadedPer1000: 2,
  loadedTerms: 2,
  /** Frame hits per 1,000 words, and at least this many hits on the larger side. */
  framePer1000: 5,
  frameHits: 4,
  /** Quoted words for a camp heard on one side only (or far more on one side). */
  campWords: 15,
  /** Difference in mean sentence tone (-1 to 1). */
  tone: 0.1,
  /** Each article needs this many body sentences before its overlap is worth a sentence. */
  overlapSentences: 4,
} as const;

interface Candidate {
  /** Larger = stated first. Naming and sourcing outrank rates, rates outrank overall tone. */
  weight: number;
  text: string;
  /** Findings of one kind that may be stated at most CAPS[kind] times, so one kind cannot crowd out the rest. */
  kind?: keyof typeof CAPS;
}

/** How a finding names each loaded-term category. */
const LOADED_PLURALS: Record<LoadedCategory, string> = {
  evaluative: 'evaluative labels',
  legality: 'legality and prohibition words',
  harm: 'harm and threat words',
  intensifier: 'intensifiers',
  informal: 'informal words',
  hedge: 'hedges',
  'report-verb': 'loaded report verbs',
};

const CAPS = { naming: 3, voice: 2, loaded: 2, unheard: 1 } as const;

const times = (n: number) => `${n}x`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = andList;
/** Rates rounded to one decimal, as written: few distinct values, and a number's toString is slow. */
const written = new Map<number, string>();
function fmt(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  let text = written.get(rounded);
  if (text === undefined) {
    text = rounded.toString();
    if (written.size > 10_000) written.clear();
    written.set(rounded, text);
  }
  return text;
}
/** 'the Russian government', 'the United Nations' read as English where the bare names do not; group names stay bare. */
const campName = (camp: string) =>
  /(government|military|administration|army)$|^(United Nations|European Union|Red Cross)$/i.test(camp)
    ? `the ${camp}`
    : camp;
const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/**
 * One side's variants of a naming contrast, most used first: the names the outlet writes, then the names
 * only its speakers use, inside quotations ('A writes 'migrants' (2x) and quotes 'illegal aliens' (1x)').
 */
function variantList(side: 'A' | 'B', rows: NamingContrast['a']): string {
  return namingClause(side, rows, (r) => `'${r.written ?? r.variant}' (${times(r.count)}${quotedShare(r)})`);
}

function namingFinding(c: NamingContrast): Candidate {
  return {
    kind: 'naming',
    weight: c.origin === 'lexicon' ? 100 : 95,
    text: `${variantList('A', c.a)}, ${variantList('B', c.b)}.`,
  };
}

function countFinding(
  a: number,
  b: number,
  weight: number,
  say: (big: 'A' | 'B', bigN: number, small: 'A' | 'B', smallN: number) => string,
): Candidate | null {
  const [big, bigN, small, smallN] = a >= b ? (['A', a, 'B', b] as const) : (['B', b, 'A', a] as const);
  // A difference of one or two sources, or a ratio under two, is not a contrast a reader should act on.
  if (bigN < 2 || bigN - smallN < 2 || bigN < 2 * smallN) return null;
  return { weight: weight + (bigN - smallN), text: say(big, bigN, small, smallN) };
}

/**
 * Up to `n` distinct lowercased texts of a category's loaded terms in the outlet's own voice, in order, from
 * body lines: the terms the rate counts (a headline's are not).
 */
function examplesOf(x: ArticleAnalysis, category: LoadedCategory, n: number): string[] {
  const out: string[] = [];
  for (const t of x.loadedTerms) {
    if (t.category !== category || t.inQuote || t.inReportedSpeech || !inBody(x.blocks, t.start)) continue;
    const text = t.text.toLowerCase();
    if (!out.includes(text)) out.push(text);
    if (out.length === n) break;
  }
  return out;
}

function loadedFindings(a: ArticleAnalysis, b: ArticleAnalysis): Candidate[] {
  const ca = loadedCounts(a);
  const cb = loadedCounts(b);
  const out: Candidate[] = [];
  for (const category of CATEGORIES) {
    const na = ca.get(category) ?? 0;
    const nb = cb.get(category) ?? 0;
    const ra = per1000(na, a.wordCount);
    const rb = per1000(nb, b.wordCount);
    const aBig = ra >= rb;
    const bigR = aBig ? ra : rb;
    const smallR = aBig ? rb : ra;
    const bigN = aBig ? na : nb;
    if (bigN < MIN.loadedTerms || bigR - smallR < MIN.loadedPer1000 || bigR < 2 * smallR) continue;
    const examples = examplesOf(aBig ? a : b, category, 3);
    const label = LOADED_PLURALS[category];
    out.push({
      kind: 'loaded',
      weight: 65 + Math.min(bigR - smallR, 20) / 2,
      text: `${aBig ? 'A' : 'B'} uses more ${label} in its own voice (${fmt(bigR)} per 1,000 words, e.g. ${list(examples.map((e) => `'${e}'`))}) than ${aBig ? 'B' : 'A'} (${fmt(smallR)}).`,
    });
  }
  return out;
}

function voiceFindings(a: ArticleAnalysis, b: ArticleAnalysis): Candidate[] {
  const out: Candidate[] = [];
  const camps = new Set<string>();
  for (const r of a.voiceBalance) camps.add(r.camp);
  for (const r of b.voiceBalance) camps.add(r.camp);
  for (const camp of camps) {
    const wa = rowOf(a, camp)?.quotedWords ?? 0;
    const wb = rowOf(b, camp)?.quotedWords ?? 0;
    const [big, bigN, small, smallN] =
      wa >= wb ? (['A', wa, 'B', wb] as const) : (['B', wb, 'A', wa] as const);
    if (bigN < MIN.campWords || (smallN > 0 && bigN < 3 * smallN)) continue;
    // Speakers whose camp is unknown, or half known ('Government (country not named)'), share no side:
    // 'only A quotes Unaffiliated or unknown' says nothing.
    if (/^unaffiliated|not named\)$/i.test(camp)) continue;
    out.push({
      kind: 'voice',
      weight: 70 + Math.min(bigN - smallN, 100) / 10,
      text:
        smallN === 0
          ? `Only ${big} quotes ${campName(camp)} (${plural(bigN, 'word', 'words')}); ${small} quotes none of their words.`
          : `${big} quotes ${campName(camp)} at far greater length (${bigN} words) than ${small} (${smallN}).`,
    });
  }
  return out;
}

/** A camp both articles bring up (as a source or a paraphrase) whose own words neither quotes. */
function unheardFindings(a: ArticleAnalysis, b: ArticleAnalysis): Candidate[] {
  const camps = new Set<string>();
  for (const r of a.voiceBalance) camps.add(r.camp);
  for (const camp of a.campsNamedNotHeard) camps.add(camp);
  const out: Candidate[] = [];
  for (const camp of camps) {
    const pa = presence(a, camp);
    const pb = presence(b, camp);
    if (!pa || !pb || /^(unaffiliated|anonymous)/i.test(camp)) continue;
    out.push({
      kind: 'unheard',
      weight: 72,
      text: `Neither article quotes ${campName(camp)}: A ${pa}, B ${pb}.`,
    });
  }
  return out;
}

/** A camp's voice row in one article. */
function rowOf(x: ArticleAnalysis, camp: string): VoiceBalanceRow | undefined {
  for (const r of x.voiceBalance) if (r.camp === camp) return r;
  return undefined;
}

/** How an article brings up a camp it does not quote, or null when it quotes it or never brings it up. */
function presence(x: ArticleAnalysis, camp: string): string | null {
  const row = rowOf(x, camp);
  if (row && row.quotedWords > 0) return null;
  if (row && row.statements > 0) return `paraphrases it ${times(row.statements)}`;
  return x.campsNamedNotHeard.includes(camp) ? 'names it without quoting it' : null;
}

/** The first few distinctive words of one side. */
const wordList = (side: Distinctive['a']) => list(side.slice(0, 4).map((w) => `'${w.word}'`));

function frameFinding(
  contrasts: readonly Contrast[],
  a: ArticleAnalysis,
  b: ArticleAnalysis,
): Candidate | null {
  // The frame contrast with the largest difference that passes the thresholds; its sentence is written once.
  let best: FrameContrast | null = null;
  let bestDiff = 0;
  for (const c of contrasts) {
    if (c.kind !== 'frame' || c.dimension === 'other') continue;
    const aBig = c.aPer1000 >= c.bPer1000;
    const bigR = aBig ? c.aPer1000 : c.bPer1000;
    const smallR = aBig ? c.bPer1000 : c.aPer1000;
    const diff = bigR - smallR;
    if (diff < MIN.framePer1000 || bigR < 1.5 * smallR || diff <= bestDiff) continue;
    const hits = (aBig ? a : b).frames.find((f) => f.dimension === c.dimension)?.hits.length ?? 0;
    if (hits < MIN.frameHits) continue;
    bestDiff = diff;
    best = c;
  }
  if (!best) return null;
  const aBig = best.aPer1000 >= best.bPer1000;
  const bigR = aBig ? best.aPer1000 : best.bPer1000;
  const smallR = aBig ? best.bPer1000 : best.aPer1000;
  return {
    weight: 50 + bestDiff / 10,
    text: `${aBig ? 'A' : 'B'} leans more on the ${FRAME_LABELS[best.dimension].toLowerCase()} frame (${fmt(bigR)} vs ${fmt(smallR)} frame words per 1,000 words).`,
  };
}

/**
 * The sourcing counts of one measure: contrastsOf always makes these rows, so they are read, not counted
 * again; without them (contrasts made some other way) they are counted by the same function.
 */
function sourcingCounts(
  a: ArticleAnalysis,
  b: ArticleAnalysis,
  contrasts: readonly Contrast[],
): (measure: SourcingContrast['measure']) => SourcingContrast {
  let rows: SourcingContrast[] = [];
  for (const c of contrasts) if (c.kind === 'sourcing') rows.push(c);
  if (!rows.length) rows = sourcingContrasts(a, b);
  return (measure) => rows.find((r) => r.measure === measure) ?? { kind: 'sourcing', measure, a: 0, b: 0 };
}

/** A handful of plain-language sentences, each true of the numbers, largest contrasts first. */
export function findingsOf(
  a: ArticleAnalysis,
  b: ArticleAnalysis,
  contrasts: readonly Contrast[],
  overlap: Overlap,
  distinctive: Distinctive,
): string[] {
  const candidates: (Candidate | null)[] = [];
  for (const c of contrasts) if (c.kind === 'naming') candidates.push(namingFinding(c));
  const sourcing = sourcingCounts(a, b, contrasts);
  const anonymous = sourcing('anonymous');
  const named = sourcing('named-speakers');
  const outlets = sourcing('outlets');
  candidates.push(
    countFinding(
      anonymous.a,
      anonymous.b,
      90,
      (big, n, small, m) =>
        `${big} relies on ${plural(n, 'anonymous source', 'anonymous sources')}, ${small} on ${m === 0 ? 'none' : m}.`,
    ),
    countFinding(
      named.a,
      named.b,
      85,
      (big, n, small, m) =>
        `${big} quotes ${plural(n, 'named speaker', 'named speakers')}, ${small} quotes ${m === 0 ? 'none' : m}.`,
    ),
    countFinding(
      outlets.a,
      outlets.b,
      75,
      (big, n, small, m) =>
        `${big} cites ${plural(n, 'news outlet', 'news outlets')}, ${small} ${m === 0 ? 'none' : m}.`,
    ),
  );
  for (const c of voiceFindings(a, b)) candidates.push(c);
  for (const c of unheardFindings(a, b)) candidates.push(c);
  for (const c of loadedFindings(a, b)) candidates.push(c);
  candidates.push(frameFinding(contrasts, a, b));
  if (overlap.a.length >= MIN.overlapSentences && overlap.b.length >= MIN.overlapSentences) {
    let onlyA = 0;
    for (const s of overlap.a) if (s.status === 'only-a') onlyA++;
    let onlyB = 0;
    for (const s of overlap.b) if (s.status === 'only-b') onlyB++;
    candidates.push({
      weight: 40,
      text: `${onlyA} of A's ${overlap.a.length} body sentences have no close counterpart in B, and ${onlyB} of B's ${overlap.b.length} none in A.`,
    });
  }
  const tone = contrasts.find((c) => c.kind === 'tone');
  if (tone && Math.abs(tone.aMean - tone.bMean) >= MIN.tone) {
    const aNeg = tone.aMean < tone.bMean;
    candidates.push({
      weight: 30,
      // Said as what it is: a general-purpose sentiment lexicon's score, which misses much of the vocabulary of
      // violence ('genocide' scores nothing), not a reader's judgement of the article.
      text: `${aNeg ? 'A' : 'B'}'s sentences score more negative on average in wink-nlp's general sentiment lexicon (tone ${signed(aNeg ? tone.aMean : tone.bMean)} vs ${signed(aNeg ? tone.bMean : tone.aMean)}, on a scale from -1 to +1).`,
    });
  }
  if (distinctive.a.length || distinctive.b.length) {
    const parts = [
      distinctive.a.length ? `A: ${wordList(distinctive.a)}` : null,
      distinctive.b.length ? `B: ${wordList(distinctive.b)}` : null,
    ].filter(Boolean);
    candidates.push({
      weight: 20,
      text: `Words that set the articles apart (log-odds, |z| > ${distinctive.threshold}): ${parts.join('; ')}.`,
    });
  }
  // Largest first (a stable sort keeps the order above among equal weights), each kind up to its cap.
  const used = { naming: 0, voice: 0, loaded: 0, unheard: 0 };
  const stated: string[] = [];
  for (const c of candidates.filter((c): c is Candidate => c !== null).sort((x, y) => y.weight - x.weight)) {
    if (stated.length === MAX_FINDINGS) break;
    if (c.kind && ++used[c.kind] > CAPS[c.kind]) continue;
    stated.push(c.text);
  }
  return stated;
}

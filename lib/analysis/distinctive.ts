import { BACKGROUND_TOTAL, backgroundCount } from './background-words';
import type { AnalysisDoc } from './detector';
import { STOP_WORDS } from './stop-words';
import { type Token, WordTable } from './tokenize';
import type { Distinctive, DistinctiveWord } from './types';

/** Two-sided 5% significance: |z| above this is shown. */
export const Z_THRESHOLD = 1.96;
/**
 * Strength of the prior, in pseudo-words (Monroe, Colaresi & Quinn's alpha_0), about one long article. Two
 * short texts cannot push a word past the threshold with one or two uses; a word used again and again can.
 */
export const PRIOR_WORDS = 500;
/** Background count given to a word the list does not have (rarer than anything in it). */
const UNSEEN_COUNT = 0.5;
/** At most this many words per side, strongest first. */
const MAX_PER_SIDE = 15;
/** A word must be used at least this often in the article it leans to. */
const MIN_COUNT = 2;

const LETTER = /\p{L}/u;

/** Per lowercased word, once: the word with straight apostrophes, or null when it has no letter. */
const countedForm = new WordTable((w) =>
  LETTER.test(w) ? (w.includes('’') ? w.replace(/’/g, "'") : w) : null,
);

/** Per-word-id tallies, reused by every call and left zeroed after each (see bodyWordCounts). */
let tally = new Int32Array(1 << 14);

/**
 * Lowercased word forms of the body text, counted. Tokens are tallied by word id in a typed array, and the
 * Map is built once per distinct word (in order of first use), not updated once per token.
 */
export function bodyWordCounts(doc: AnalysisDoc): { counts: Map<string, number>; total: number } {
  const firstOf: Token[] = [];
  let total = 0;
  for (const t of doc.tokens) {
    if (t.type !== 'word' || doc.blockKinds[t.block] !== 'body') continue;
    const id = t.lowerId;
    if (id >= tally.length) {
      const grown = new Int32Array(Math.max(tally.length * 2, id + 1));
      grown.set(tally);
      tally = grown;
    }
    if (tally[id] === 0) firstOf.push(t);
    tally[id] = (tally[id] ?? 0) + 1;
  }
  const counts = new Map<string, number>();
  for (const t of firstOf) {
    const n = tally[t.lowerId] ?? 0;
    tally[t.lowerId] = 0;
    const word = countedForm.lower(t);
    if (word === null) continue;
    total += n;
    // Curly and straight apostrophes are one word: two ids may share an entry.
    counts.set(word, (counts.get(word) ?? 0) + n);
  }
  return { counts, total };
}

/**
 * Share of the prior's mass from general English; the rest comes from the two texts pooled, as in Monroe et
 * al., whose prior is the whole corpus. Without the pooled part a name that only one article uses (and that
 * general English lacks) gets a near-zero prior and an unbounded variance, so it could never be shown.
 */
export const BACKGROUND_WEIGHT = 0.5;

/** A word's share of general English. */
function backgroundShare(word: string): number {
  return (backgroundCount(word) ?? UNSEEN_COUNT) / BACKGROUND_TOTAL;
}

interface Counts {
  counts: ReadonlyMap<string, number>;
  total: number;
}

/**
 * Fightin' Words (Monroe, Colaresi & Quinn 2008): the log-odds ratio of each word between the two texts with
 * an informative Dirichlet prior from general-English frequencies, divided by its standard error.
 * Positive z leans to A. Only content words past |z| > 1.96 are listed.
 */
export function distinctiveWords(a: Counts, b: Counts): Distinctive {
  const alpha0 = PRIOR_WORDS;
  const outA: DistinctiveWord[] = [];
  const outB: DistinctiveWord[] = [];
  // Every word of either text once: A's, then B's that A lacks (no union set to build).
  const visit = (word: string) => {
    const ya = a.counts.get(word) ?? 0;
    const yb = b.counts.get(word) ?? 0;
    // Listed only with MIN_COUNT uses on the side it leans to: a word below it on both sides never is
    // (most words of an article are used once, so this test comes first).
    if (ya < MIN_COUNT && yb < MIN_COUNT) return;
    if (STOP_WORDS.has(word) || word.length < 2 || word.startsWith("'")) return;
    const pooled = (ya + yb) / (a.total + b.total || 1);
    const alpha = alpha0 * (BACKGROUND_WEIGHT * backgroundShare(word) + (1 - BACKGROUND_WEIGHT) * pooled);
    const delta =
      Math.log((ya + alpha) / (a.total + alpha0 - ya - alpha)) -
      Math.log((yb + alpha) / (b.total + alpha0 - yb - alpha));
    const variance = 1 / (ya + alpha) + 1 / (yb + alpha);
    const z = delta / Math.sqrt(variance);
    if (Math.abs(z) <= Z_THRESHOLD) return;
    const row = { word, z: Math.round(z * 100) / 100, countA: ya, countB: yb };
    if (z > 0 && ya >= MIN_COUNT) outA.push(row);
    else if (z < 0 && yb >= MIN_COUNT) outB.push(row);
  };
  for (const word of a.counts.keys()) visit(word);
  for (const word of b.counts.keys()) if (!a.counts.has(word)) visit(word);
  outA.sort((x, y) => y.z - x.z || (x.word < y.word ? -1 : 1));
  outB.sort((x, y) => x.z - y.z || (x.word < y.word ? -1 : 1));
  const a15 = outA.slice(0, MAX_PER_SIDE);
  const b15 = outB.slice(0, MAX_PER_SIDE);
  return {
    threshold: Z_THRESHOLD,
    a: a15,
    b: b15,
    note:
      a15.length || b15.length
        ? null
        : 'No word is used distinctively more by one article than the other (no |z| above 1.96 against a general-English prior); the texts may be too short or too alike.',
  };
}

/** Distinctive words between two read articles (body text only). */
export function distinctiveOf(a: AnalysisDoc, b: AnalysisDoc): Distinctive {
  return distinctiveWords(bodyWordCounts(a), bodyWordCounts(b));
}

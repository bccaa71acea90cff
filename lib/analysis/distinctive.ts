import { BACKGROUND_TOTAL, backgroundCount } from './background-words';
import type { AnalysisDoc } from './detector';
import { STOP_WORDS } from './stop-words';
import { straightApostrophes, type Token, WordTable } from './tokenize';
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

/** A lowercased word as counted: with straight apostrophes, or null when it has no letter. */
const counted = (w: string) => (LETTER.test(w) ? straightApostrophes(w) : null);

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

/** Whether a counted word can be listed at all: not a function word, a single letter or a clitic ('s). */
const listable = (word: string) => !(STOP_WORDS.has(word) || word.length < 2 || word.startsWith("'"));

interface Counts {
  counts: ReadonlyMap<string, number>;
  total: number;
}

/** The rows found so far, per side. */
interface Rows {
  a: DistinctiveWord[];
  b: DistinctiveWord[];
}

/**
 * Adds one listable word used `ya` times in A (of `totalA` words) and `yb` in B, whose share of general
 * English is `share`, to the side it leans to when its z passes the threshold.
 */
function score(
  rows: Rows,
  word: string,
  share: number,
  ya: number,
  yb: number,
  totalA: number,
  totalB: number,
) {
  // Listed only with MIN_COUNT uses on the side it leans to: a word below it on both sides never is.
  if (ya < MIN_COUNT && yb < MIN_COUNT) return;
  const alpha0 = PRIOR_WORDS;
  const pooled = (ya + yb) / (totalA + totalB || 1);
  const alpha = alpha0 * (BACKGROUND_WEIGHT * share + (1 - BACKGROUND_WEIGHT) * pooled);
  const delta =
    Math.log((ya + alpha) / (totalA + alpha0 - ya - alpha)) -
    Math.log((yb + alpha) / (totalB + alpha0 - yb - alpha));
  const variance = 1 / (ya + alpha) + 1 / (yb + alpha);
  const z = delta / Math.sqrt(variance);
  if (Math.abs(z) <= Z_THRESHOLD) return;
  const row = { word, z: Math.round(z * 100) / 100, countA: ya, countB: yb };
  if (z > 0 && ya >= MIN_COUNT) rows.a.push(row);
  else if (z < 0 && yb >= MIN_COUNT) rows.b.push(row);
}

/** The strongest rows per side, and the note when there are none. */
function listed(rows: Rows): Distinctive {
  rows.a.sort((x, y) => y.z - x.z || (x.word < y.word ? -1 : 1));
  rows.b.sort((x, y) => x.z - y.z || (x.word < y.word ? -1 : 1));
  const a15 = rows.a.slice(0, MAX_PER_SIDE);
  const b15 = rows.b.slice(0, MAX_PER_SIDE);
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

/**
 * Fightin' Words (Monroe, Colaresi & Quinn 2008): the log-odds ratio of each word between the two texts with
 * an informative Dirichlet prior from general-English frequencies, divided by its standard error.
 * Positive z leans to A. Only content words past |z| > 1.96 are listed.
 */
export function distinctiveWords(a: Counts, b: Counts): Distinctive {
  const rows: Rows = { a: [], b: [] };
  // Every word of either text once: A's, then B's that A lacks (no union set to build).
  const visit = (word: string) => {
    if (!listable(word)) return;
    score(
      rows,
      word,
      backgroundShare(word),
      a.counts.get(word) ?? 0,
      b.counts.get(word) ?? 0,
      a.total,
      b.total,
    );
  };
  for (const word of a.counts.keys()) visit(word);
  for (const word of b.counts.keys()) if (!a.counts.has(word)) visit(word);
  return listed(rows);
}

/**
 * One counted word form, the same record for every token that gives it (process-wide): what the lists say
 * of it is looked up once, and a comparison counts it without a Map lookup by string. The counts belong to
 * the comparison numbered `call`; a record met first in a later comparison is reset before use.
 */
interface WordForm {
  word: string;
  listable: boolean;
  /** Share of general English (backgroundShare). */
  share: number;
  /** The comparison the counts belong to; they are reset when a later one first meets the word. */
  call: number;
  countA: number;
  countB: number;
  /** The comparison in which the word last became a candidate (MIN_COUNT uses on a side). */
  candidate: number;
}

/** Word records by counted form; past MAX_FORMS distinct forms they (and the table to them) start over. */
const MAX_FORMS = 100_000;
let wordForms = new Map<string, WordForm>();

function wordForm(word: string): WordForm {
  let f = wordForms.get(word);
  if (!f) {
    f = {
      word,
      listable: listable(word),
      share: backgroundShare(word),
      call: 0,
      countA: 0,
      countB: 0,
      candidate: 0,
    };
    wordForms.set(word, f);
  }
  return f;
}

/** Per lowercased word: the record of its counted form (countedForm), null when it has no letter. */
const newFormTable = () =>
  new WordTable((w): WordForm | null => {
    const word = counted(w);
    return word === null ? null : wordForm(word);
  });
let formOf = newFormTable();

/** Comparisons so far: numbers the per-comparison counts in the word records. */
let calls = 0;

/**
 * Counts one article's body words into the records (side A or B); returns how many were counted. A listable
 * word joins `candidates` once, when it reaches MIN_COUNT uses on a side: no other word can be listed.
 */
function countInto(doc: AnalysisDoc, side: 'a' | 'b', call: number, candidates: WordForm[]): number {
  const { tokens, blocks, blockKinds } = doc;
  let total = 0;
  // Blocks hold their token ranges: only body blocks' tokens are looked at.
  for (let b = 0; b < blocks.length; b++) {
    if (blockKinds[b] !== 'body') continue;
    const { first, last } = blocks[b] as (typeof blocks)[number];
    for (let i = first; i < last; i++) {
      const t = tokens[i] as Token;
      if (t.type !== 'word') continue;
      const f = formOf.lower(t);
      if (f === null) continue;
      total++;
      if (f.call !== call) {
        f.call = call;
        f.countA = 0;
        f.countB = 0;
      }
      const count = side === 'a' ? ++f.countA : ++f.countB;
      if (count === MIN_COUNT && f.listable && f.candidate !== call) {
        f.candidate = call;
        candidates.push(f);
      }
    }
  }
  return total;
}

/** Distinctive words between two read articles (body text only), scored as distinctiveWords scores them. */
export function distinctiveOf(a: AnalysisDoc, b: AnalysisDoc): Distinctive {
  if (wordForms.size > MAX_FORMS) {
    wordForms = new Map();
    formOf = newFormTable();
  }
  const call = ++calls;
  const candidates: WordForm[] = [];
  const totalA = countInto(a, 'a', call, candidates);
  const totalB = countInto(b, 'b', call, candidates);
  // The rows are sorted by z and word, so the order the candidates are scored in does not matter.
  const rows: Rows = { a: [], b: [] };
  for (const f of candidates) score(rows, f.word, f.share, f.countA, f.countB, totalA, totalB);
  return listed(rows);
}
